import pytest

from assistant.speakable import CODE_PHRASE, SpeechChunker, speakable


@pytest.mark.parametrize(
    "md, spoken",
    [
        ("**Paris** is the *capital*.", "Paris is the capital."),
        ("# Steps\n1. Boil water\n2. Add pasta", "Steps. Boil water. Add pasta."),
        ("See https://docs.python.org/3/library/re.html for more.", "See docs.python.org for more."),
        ("Read [the guide](https://example.com/x) now.", "Read the guide now."),
        ("Run this:\n```python\nprint('hi')\n```\nDone.", f"Run this: {CODE_PHRASE} Done."),
        ("It costs $5 and 20% tax, e.g. on food.", "It costs 5 dollars and 20 percent tax, for example on food."),
        ("Use `pip install x`.", "Use pip install x."),
        ("| a | b |\n|---|---|\n| 1 | 2 |\nThat's it.", "There's a table on screen. That's it."),
        ("Population: 1,250,000 people, 3-5 years.", "Population: 1250000 people, 3 to 5 years."),
    ],
)
def test_speakable(md, spoken):
    assert speakable(md) == spoken


def test_no_markdown_symbols_survive():
    text = speakable("## Title\n- *a* __b__ `c`\n> quote\n---\n~~d~~ ![img](x.png) <b>e</b>")
    for ch in "#*_`>|~[]<":
        assert ch not in text, (ch, text)


def chunks(tokens, **kw):
    c = SpeechChunker(**kw)
    out = []
    for t in tokens:
        out += list(c.feed(t))
    return out + list(c.flush())


def test_first_chunk_leaves_at_a_clause():
    toks = "Well, the capital of France, as you may know, is Paris. It is lovely in spring.".split(" ")
    toks = [t + " " for t in toks]
    out = chunks(toks)
    assert out[0] == "Well, the capital of France,"
    assert out[1] == "as you may know, is Paris."
    assert out[2] == "It is lovely in spring."


def test_code_block_is_one_phrase_and_waits_for_its_end():
    toks = ["Here you go:\n\n", "```py\n", "x = 1,", " y = 2.", " z\n", "```", "\n\nThat sets x."]
    c = SpeechChunker()
    got = []
    for t in toks[:5]:
        got += list(c.feed(t))
    assert got == ["Here you go:"]  # nothing from inside the open block
    for t in toks[5:]:
        got += list(c.feed(t))
    got += list(c.flush())
    assert got == ["Here you go:", CODE_PHRASE, "That sets x."]


def test_long_run_without_punctuation_is_cut():
    out = chunks(["word "] * 200, max_chars=100)
    assert len(out) >= 8 and all(len(o) <= 101 for o in out)


def test_numbered_list_items_are_not_cut_at_their_numbers():
    toks = [t + " " for t in "Steps:\n1. Boil the water.\n2. Add the pasta.".split(" ")]
    assert chunks(toks) == ["Steps: Boil the water.", "Add the pasta."]


def test_long_first_sentence_breaks_before_a_conjunction():
    toks = [t + " " for t in "The moon is our only natural satellite and it shapes the tides every day.".split(" ")]
    out = chunks(toks)
    assert out == ["The moon is our only natural satellite,", "and it shapes the tides every day."]


def test_long_first_sentence_breaks_before_a_relative_clause_or_preposition():
    text = "The moon is a mysterious celestial body that has captivated humanity for centuries."
    out = chunks([t + " " for t in text.split(" ")])
    assert out == ["The moon is a mysterious celestial body,", "that has captivated humanity for centuries."]
    # short openings are never cut: six words at least before the pause
    assert chunks([t + " " for t in "It is made of rock that formed long ago.".split(" ")]) == [
        "It is made of rock that formed long ago."
    ]
