// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Result {
      requests: { average: number };
    }
    interface Instance {
      on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
      stop(): void;
    }
  }
  function autocannon(opts: Record<string, unknown>, done: (err: Error | null, res: autocannon.Result) => void): autocannon.Instance;
  export default autocannon;
}
