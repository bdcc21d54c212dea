using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Text.Preparation;

/// <summary>The order-free part of adding an article: clean, split into paragraphs, fingerprint. Thread-safe.</summary>
/// <remarks>Marking repeats must then see articles in order; see <see cref="RepeatMarker.Mark"/>.</remarks>
public sealed class ArticlePreparer
{
    private readonly ArticleAssembler _assembler = new();

    public PreparedArticle Prepare(RawArticle raw)
    {
        try
        {
            var document = _assembler.Assemble(raw);
            if (document.Paragraphs.Length == 0)
            {
                return new PreparedArticle(raw, null, null, "no article text left after removing web debris");
            }
            return new PreparedArticle(raw, document, RepeatMarker.Fingerprint(document), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new PreparedArticle(raw, null, null, "could not be cleaned: " + ex.Message);
        }
    }
}
