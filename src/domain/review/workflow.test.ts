import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextState, WORKFLOW_STATES, WORKFLOW_ACTIONS } from './workflow.ts';

describe('workflow', () => {
  it('follows draft → submitted → changes requested ↔ submitted → published → archived', () => {
    assert.equal(nextState('draft', 'submit'), 'submitted');
    assert.equal(nextState('submitted', 'request-changes'), 'changes-requested');
    assert.equal(nextState('changes-requested', 'submit'), 'submitted');
    assert.equal(nextState('submitted', 'publish'), 'published');
    assert.equal(nextState('published', 'archive'), 'archived');
    assert.equal(nextState('submitted', 'decline'), 'declined');
  });

  it('refuses moves out of archived and repeated moves', () => {
    for (const a of WORKFLOW_ACTIONS) assert.equal(nextState('archived', a), undefined);
    assert.equal(nextState('published', 'publish'), undefined);
    assert.equal(nextState('draft', 'decline'), undefined);
  });

  it('lets every state but archived be archived', () => {
    for (const s of WORKFLOW_STATES.filter((s) => s !== 'archived')) assert.equal(nextState(s, 'archive'), 'archived');
  });
});
