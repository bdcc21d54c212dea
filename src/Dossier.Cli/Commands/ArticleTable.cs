using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>Rows that each belong to an article, shown as one table with an Article column while the ids are short, and
/// as one table per article under its id when they are not.</summary>
/// <remarks>
/// An id is kept on one line so it can be copied into <c>dossier show</c>; a long one ("breitbart_2016-09-12_stealth-over-…",
/// from a file name) would then squeeze the text column to a few characters, so it becomes a heading instead.
/// </remarks>
internal sealed class ArticleTable(params string[] columns)
{
    // The store's own ids ("000_ebdbca7da4fdca52") are 20 characters.
    private const int MaxIdInColumn = 24;

    private readonly List<(string Article, string[] Cells)> _rows = [];

    /// <summary>Adds a row of cells already escaped as markup.</summary>
    public void Add(string article, params string[] cells) => _rows.Add((article, cells));

    public void Write(IAnsiConsole console)
    {
        if (_rows.TrueForAll(r => r.Article.Length <= MaxIdInColumn))
        {
            var table = new Table().AddColumn(new TableColumn("Article").NoWrap()).AddColumns(columns);
            foreach (var (article, cells) in _rows)
            {
                table.AddRow([Markup.Escape(article), .. cells]);
            }
            console.Write(table);
            return;
        }
        Table? current = null;
        string? shown = null;
        foreach (var (article, cells) in _rows)
        {
            if (article != shown)
            {
                if (current is not null)
                {
                    console.Write(current);
                }
                console.MarkupLine($"[bold]{Markup.Escape(article)}[/]");
                current = new Table().AddColumns(columns);
                shown = article;
            }
            current!.AddRow(cells);
        }
        if (current is not null)
        {
            console.Write(current);
        }
    }
}
