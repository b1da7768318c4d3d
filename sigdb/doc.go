// Package sigdb is the d-sig database: digests of the parts of reported
// spam, shared between sites, so that a message with a part like a known
// spam part is recognized whatever random strings, names and per-recipient
// URLs the spammer added to it (the role DCC, Razor, Pyzor and rspamd's
// fuzzy storage play elsewhere).
//
// # Digests
//
// Every text part (message.Part.Text, already decoded and reduced from
// HTML) and every attachment (Part.Body) is digested. Text is normalized
// first: NFKC (full-width folded), lower case, whitespace collapsed, runs of
// digits folded to one "0", random-looking tokens dropped (letters mixed
// with digits in six characters or more, words over 24 characters, eight
// Latin letters without a vowel), mail addresses reduced to "@domain" (the
// recipients' own addresses dropped), a first line that greets someone by
// name dropped ("Dear John Smith,", "田中様"), and URLs reduced to host and
// path without userinfo, port, query, fragment and path segments that look
// like ids (digits only, eight hex digits, six characters mixing letters and
// digits) or hold an address or a recipient's local part. Hrefs of HTML
// links join the part's content the same way. The result is a sequence of
// units: words, single characters of scripts written without spaces
// (Japanese, Chinese, Korean), URLs and addresses.
//
// The exact digest is SHA-256 of the units. The fuzzy digest is a b-bit
// min-hash over the part's shingles: WordShingle (2) units starting at a
// word, or CharShingle (4) characters starting at a Japanese character,
// each hashed with xxhash and mixed with 128 fixed 64-bit keys (splitmix64);
// the low 16 bits of each of the 128 minima are kept. The share of equal
// values estimates the Jaccard similarity of two parts' shingle sets.
// Attachments get SHA-256 of their bytes and a min-hash over content-defined
// chunks (a gear rolling hash cuts about every 256 bytes).
//
// A part with fewer than MinShingles (30) distinct shingles gets no digest:
// about three lines of English or 30 Japanese characters. A line or two is
// shared by unrelated mail, and over few shingles one changed word moves the
// similarity by several percent. Lines that carry a phrase of a small
// built-in stop list (mailing-list and webmail footers, "Sent from my") are
// digested but do not count toward the minimum, so a part that is mostly a
// standard footer, or an empty HTML skeleton, never becomes a signature.
//
// # Matching
//
// The 128 values are cut into 32 bands of 4. A fuzzy signature is indexed
// under each band's hash; a part is compared with the signatures that share
// at least one band with it (probability 1-(1-J⁴)³² of being a candidate:
// 0.56 at J=0.4, 0.87 at 0.5, 0.99 at 0.6) and matches when the estimated
// similarity is at least Threshold (0.4).
//
// Each band's bucket is one key whose value lists the IDs of the
// signatures in it, and every read of a lookup is a point read of a whole
// key in sorted order on one iterator (SeekPrefixGE, with the store's bloom
// filters on every level including the last): per part one read of the
// exact digest, one probe per band, and one read per candidate record. A
// probe of an absent key, the common case, is answered by a filter in the
// block cache without reading a data block, so a lookup costs O(Bands)
// filter probes plus O(candidates) block reads, independent of the number
// of signatures N (LSM seeks add O(log N) in-memory comparisons). A bucket
// holds at most 256 IDs (a signature that finds it full stays findable
// through its other bands), so candidates stay bounded even for a
// campaign of near-copies. The filters take about 40 bytes per fuzzy
// signature of block cache (32 keys at 10 bits): a store with a million
// signatures wants a cache of 128 MiB or more (store.Options.CacheSize);
// with less, filter blocks are read again and lookups slow down (measured
// by BenchmarkLookup1M, SIGDB_BENCH_CACHE_MB sets its cache).
//
// The parameters were chosen by TestMutationRecall on the SpamAssassin
// corpus (all 1,896 spam added; copies with a random string in every
// paragraph, 10% of words replaced, a greeting with a name, changed URL
// queries, rewrapped whitespace and a changed HTML wrapper, all at once;
// all 4,150 ham checked). Recall of mutated copies / ham matching:
// 2-word shingles at threshold 0.5: 97.6% / 0.096%; at 0.4: 99.0% / 0.096%;
// at 0.6: 82.8%; 3-word shingles: 78.4%; 1-word shingles: 99.9% / 0.096%
// (bags of words are riskier on a large database); 64 hashes in 16 bands:
// 92.8%. MinShingles 15, 30, 50: 1,834, 1,800, 1,718 spam messages with a
// signature. The ham matches (4, all of hard-ham-1) are copies of a message
// that is also in the spam folder.
//
// # Storage
//
// Keys live under store.Sigdb ("s/"); integers are big-endian:
//
//	s/m/seq                      last change-log sequence number (8 bytes)
//	s/m/node                     this node's id, when not set in Options
//	s/m/trimmed                  highest sequence number dropped from the log
//	s/r/<id:8>                   signature record (below)
//	s/b/<band:1><hash:4>         LSH bucket: IDs of fuzzy signatures (8 bytes each, sorted)
//	s/x/<expires:8><id:8>        expiry index, Unix seconds (empty value)
//	s/l/<seq:8>                  change-log event (JSON, as Event.MarshalJSON)
//	s/o/<origin>                 last OriginSeq applied from origin (8 bytes)
//
// A record is: version 1 (1 byte), kind (1 = exact, 2 = fuzzy), first,
// last and expiry times (uvarint Unix seconds), the number of origins and
// for each its name (uvarint length + bytes) and report count (uvarint),
// then the number of min-hash values (uvarint) and the values (uint16
// little-endian). A signature's ID is content-derived (the first 8 bytes of
// the SHA-256 of the exact digest input, or of the kind and min-hash
// values), so every node names the same digest alike.
//
// # Replication
//
// Every change (add, update, remove) is appended to the change log with a
// sequence number. A follower reads Changes after its cursor, waits on
// Notify for more, and feeds the events to Apply on its side. Report counts
// are kept per origin node and merged by maximum (a grow-only counter):
// merging is idempotent and commutative, so an import or an event applied
// twice counts once, and a signature's Count is the sum over origins.
// Apply also skips events of an origin at or below the last OriginSeq it
// applied from it, and events that originated on the node itself, so a
// removal is not undone by replaying an older add. Expire drops expired
// signatures on each node (expiry travels with the signature and is not
// logged) and log events older than LogRetention; a follower whose cursor
// falls behind the trimmed log gets ErrLogTrimmed and starts over from an
// Export.
//
// # Export format
//
// An export is UTF-8 text. The first line is
//
//	mizugiwa-sigdb v1 hashes=128 word=2 char=4
//
// naming the format version and the digest parameters (an import into a
// database with other parameters is refused). Each further line is one
// JSON object:
//
//	{"id":"16 hex digits","kind":"exact"|"fuzzy","minhash":"base64 of the
//	 uint16 little-endian values (fuzzy only)","reports":{"origin":count},
//	 "first":unix,"last":unix,"expires":unix}
//
// Unknown fields are an error. Import validates the whole stream (a fuzzy
// ID must match its min-hash) before it commits anything, so a malformed
// stream is rejected with the line at fault and no change.
//
// # Scoring
//
// The Scorer reports SIGDB_EXACT for the best exact match, or else
// SIGDB_FUZZY for the best fuzzy match, with score
// max × n/(n+R) × q: max is 8 (exact) or 6 (fuzzy), n the report count,
// R = 1, q = 1 for exact matches and 0.5 + 0.5 × (J − T)/(1 − T) for fuzzy
// ones (T the threshold). One report of an exact signature scores 4, three
// score 6; the score never exceeds max.
package sigdb
