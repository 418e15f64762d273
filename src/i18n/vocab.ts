// The fixed words of the file format and their names: the tables live in util/vocab.ts
// (low enough for workflow and reports to name words); the messages are registered here.
export * from '../util/vocab.js';
