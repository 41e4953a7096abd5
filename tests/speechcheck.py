"""Comparing what Whisper heard with what was said, for tests that round-trip
Piper speech (each rendering varies a little)."""


def word_errors(got: str, want: str) -> int:
    """Word-level edit distance, with contractions expanded ("weather's" = "weather is")."""
    def norm(t: str) -> list[str]:
        t = t.lower().replace("’", "'").replace("'s ", " is ").replace("'re ", " are ")
        return [w.strip(".,!?;:\"'") for w in t.split() if w.strip(".,!?;:\"'")]

    a, b = norm(got + " "), norm(want + " ")
    d = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, d[0] = d[0], i
        for j, y in enumerate(b, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (x != y))
    return d[len(b)]
