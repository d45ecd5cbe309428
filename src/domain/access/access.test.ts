import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { can, authorize, ANONYMOUS, ADMIN_TOKEN_ACTOR, type Actor } from './access.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';

const contributor: Actor = { id: 'u1', role: 'contributor', label: 'u1' };
const other: Actor = { id: 'u2', role: 'contributor', label: 'u2' };
const moderator: Actor = { id: 'm', role: 'moderator', label: 'm' };

describe('access', () => {
  it('lets everyone read published records and nobody else read drafts but their author and moderators', () => {
    const published = { workflowState: 'published' as const, createdBy: 'u1' };
    const draft = { workflowState: 'draft' as const, createdBy: 'u1' };
    assert.ok(can(ANONYMOUS, 'record:read', published));
    assert.ok(!can(ANONYMOUS, 'record:read', draft));
    assert.ok(can(contributor, 'record:read', draft));
    assert.ok(!can(other, 'record:read', draft));
    assert.ok(can(moderator, 'record:read', draft));
  });

  it('denies by default and says 401 to visitors, 403 to others', () => {
    assert.throws(() => authorize(ANONYMOUS, 'record:create'), UnauthenticatedError);
    assert.throws(() => authorize(contributor, 'record:review'), ForbiddenError);
    assert.throws(() => authorize(moderator, 'sample:manage'), ForbiddenError);
    assert.doesNotThrow(() => authorize(ADMIN_TOKEN_ACTOR, 'sample:manage'));
    assert.ok(!can(ADMIN_TOKEN_ACTOR, 'unknown' as never));
  });

  it('lets authors edit only their own drafts', () => {
    assert.ok(can(contributor, 'record:update', { workflowState: 'draft', createdBy: 'u1' }));
    assert.ok(!can(contributor, 'record:update', { workflowState: 'published', createdBy: 'u1' }));
    assert.ok(!can(other, 'record:update', { workflowState: 'draft', createdBy: 'u1' }));
  });

  it('lets the author or a moderator decide on machine suggestions, nobody else', () => {
    assert.ok(can(contributor, 'suggestion:decide', { workflowState: 'submitted', createdBy: 'u1' }));
    assert.ok(can(moderator, 'suggestion:decide', { workflowState: 'published', createdBy: 'u1' }));
    assert.ok(!can(contributor, 'suggestion:decide', { workflowState: 'archived', createdBy: 'u1' }));
    assert.ok(!can(other, 'suggestion:decide', { workflowState: 'draft', createdBy: 'u1' }));
    assert.ok(!can(ANONYMOUS, 'suggestion:decide', { workflowState: 'draft' }));
  });
});
