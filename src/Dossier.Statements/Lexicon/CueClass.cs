namespace Dossier.Statements.Lexicon;

/// <summary>How a reporting word behaves in a sentence.</summary>
internal enum CueClass : byte
{
    /// <summary>A verb of saying or thinking with a subject source: "said", "believes", "denied".</summary>
    Verb,
    /// <summary>A verb of publishing whose subject is usually an outlet: "reported", "writes".</summary>
    Report,
    /// <summary>A verb that takes an object and then content: "told reporters that", "accused Russia of".</summary>
    Object,
}
