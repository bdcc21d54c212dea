using Dossier.Core;
using Dossier.Text.Reading;

namespace Dossier.Text.Articles;

/// <summary>Assembles an article whose body is HTML: main-text extraction first, then the same cleaning as text.</summary>
internal static class HtmlArticleAssembler
{
    public static Document Assemble(RawArticle raw) => throw new NotImplementedException("HTML extraction lands with the html branch");
}
