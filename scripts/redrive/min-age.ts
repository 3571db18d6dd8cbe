/**
 * Redrive republishes unmarked outbox items older than this (the scheduled sweep waits five
 * minutes): younger ones are most likely still in the stream publisher's hands, and an operator
 * running redrive after an incident wants the rest now.
 */
export const REDRIVE_MIN_AGE_MS = 60_000;
