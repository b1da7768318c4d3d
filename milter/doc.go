// Package milter is the bridge between an MTA that speaks the milter protocol
// (Postfix, Sendmail) and the mizugiwa engine.
//
// For every message the MTA hands over, a session collects the client address,
// the HELO name, MAIL FROM, the RCPT TO addresses and the message itself, asks
// a Classifier (the gRPC service, or the engine in-process) for a verdict per
// recipient at the end of the message, and applies the verdicts to the one
// copy that the SMTP transaction carries.
//
// # Recipients that disagree
//
// A milter sees one message for all recipients of a transaction and can only
// act on the whole message after DATA, so per-recipient verdicts are merged:
//
//   - Opted-out recipients (verdict UNSCANNED) take no part in the decision.
//   - If any scanned recipient's action is TEMPFAIL, the whole message is
//     answered with a temporary failure: nothing is delivered, so the sender
//     retrying later causes no duplicate.
//   - If every scanned recipient's action is REJECT, the message is rejected
//     with the engine's SMTP reply (550 and its text).
//   - If only some reject, those recipients are removed from the envelope
//     (SMFIR_DELRCPT): their copy is dropped and the others get theirs. The
//     sender gets no bounce for the removed recipients; the log records
//     each removal with the score. Rejecting the whole message would make
//     the other recipients lose mail they want, and a temporary failure for
//     the others (the "tempfail split") only works at RCPT time, before the
//     verdict is known.
//   - If every remaining recipient's action is QUARANTINE, the message is
//     quarantined (SMFIR_QUARANTINE: Postfix puts it on hold). If only some
//     are, the message is delivered with headers instead: holding it would
//     hold the others' copies too, and a labelled delivery loses nothing.
//   - Headers are added when at least one remaining recipient was scanned.
//     The copy carries the headers of the first remaining recipient with a
//     spam verdict, or else of the first remaining scanned one. An opted-out
//     user who shares a transaction with a scanned one therefore sees the
//     headers too: one copy cannot be labelled for some readers only.
//
// # Failures and limits
//
// A Classify that fails or does not answer within Options.Timeout is
// logged and answered with Options.OnFailure (accept, the default, or a
// temporary failure); the MTA is never left waiting longer than the timeout.
// An accepted unscanned message carries X-Spam-Skipped: unavailable. A message
// larger than Options.MaxSize is passed unscanned with X-Spam-Skipped: too
// large, without being buffered further.
package milter
