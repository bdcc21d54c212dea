namespace Dossier.Core.Tokens;

/// <summary>Universal Dependencies part-of-speech tags (UPOS).</summary>
public enum PartOfSpeech : byte
{
    None,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}
