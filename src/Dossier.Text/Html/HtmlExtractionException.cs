namespace Dossier.Text.Html;

/// <summary>Thrown when input given as HTML cannot be read as a page at all (binary content, too large, parser failure).</summary>
/// <remarks>Odd but readable HTML never throws; it yields an article with few or no blocks.</remarks>
public sealed class HtmlExtractionException : Exception
{
    public HtmlExtractionException(string message)
        : base(message)
    {
    }

    public HtmlExtractionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
