namespace Dossier.Core;

/// <summary>A layer item with a span of the document text, so one binary search serves every layer kept in text order.</summary>
internal interface ISpanned
{
    TextSpan Span { get; }
}
