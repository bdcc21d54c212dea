using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Html;
using Dossier.Text.Metadata;
using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>The outlet and date read from unseen pages' own lines (session 26): a section word after the title's dash,
/// a copyright footer, a date alone before the signer in brackets, a label before the date line.</summary>
public sealed class PageOutletTests
{
    private const string Lede = "<p>The election board ordered a full recount on Tuesday after the two leading candidates finished eleven votes apart, officials said.</p>"
        + "<p>\"We will count every ballot again by hand,\" said the board's chair, adding that the process would take about a week.</p>";

    [Theory]
    [InlineData("Recount ordered in Velmora mayoral race - News")]
    [InlineData("Harbour bridge closes for repairs | World")]
    [InlineData("Teachers strike over pay in Kessel - Politics")]
    [InlineData("Orchard growers fear early frost – Local News")]
    public void ASectionWordAfterTheTitlesDash_IsNoOutlet(string title)
    {
        var page = HtmlArticleExtractor.Extract($"<html><head><title>{title}</title></head><body><article>{Lede}</article></body></html>");

        Assert.Null(page.Outlet);
    }

    [Theory]
    [InlineData("<footer><p>© 2025 Velmora Today. All rights reserved.</p></footer>", "", "Velmora Today")]
    [InlineData("<footer>Copyright 2019–2025 The Osterholm Courier</footer>", "", "The Osterholm Courier")]
    [InlineData("<footer><p>&copy; Marlow Gazette 2025</p></footer>", "", "Marlow Gazette")]
    // The page's metadata names the outlet first; the footer's owner may be its publishing company.
    [InlineData("<footer><p>© 2025 Velmora Media Group Ltd</p></footer>", "<meta property=\"og:site_name\" content=\"Velmora Today\">", "Velmora Today")]
    public void ACopyrightFooter_NamesTheOutlet_WhenNoMetadataDoes(string footer, string head, string outlet)
    {
        var doc = AssembleHtml($"<html><head><title>Recount ordered in Velmora mayoral race - News</title>{head}</head><body>"
            + $"<article><h1>Recount ordered in Velmora mayoral race</h1>{Lede}</article>{footer}</body></html>");

        Assert.Equal(outlet, doc.Metadata.Outlet);
    }

    [Theory]
    [InlineData("Port strike ends after two weeks\n\nDock workers in Kessel returned to work on Tuesday.\n\nThe strike had halted most container traffic.\n\n© 2025 Kessel Ledger\n", "Kessel Ledger")]
    [InlineData("Port strike ends after two weeks\n\nDock workers in Kessel returned to work on Tuesday.\n\nCopyright (c) 2024 Harbour Post. All rights reserved.\n", "Harbour Post")]
    public void ACopyrightLineAtAReportsEnd_NamesTheOutlet(string body, string outlet) =>
        Assert.Equal(outlet, AssembleText(body).Metadata.Outlet);

    // Guards: a photo's credit carries no year, and a picture agency is no outlet.
    [Theory]
    [InlineData("© Jana Feld")]
    [InlineData("© 2025 Getty Images")]
    [InlineData("© 2025")]
    [InlineData("Copyright law changed in 2025 after the court ruled that the archive could be sold.")]
    public void APhotosCreditOrASentence_NamesNoOwner(string line) => Assert.Null(OutletNames.CopyrightOwner(line));

    [Theory]
    [InlineData("Oct 17 (Baltic Wire) - Mayor Anneli Roos said the council had approved the budget.", "Oct 17 (Baltic Wire)", "Baltic Wire")]
    [InlineData("Nov 2, 2025 (Alpine Dispatch) - The Grauberg pass closed on Sunday after heavy snow.", "Nov 2, 2025 (Alpine Dispatch)", "Alpine Dispatch")]
    [InlineData("3 March (AFP) - Portugal's parliament approved the budget.", "3 March (AFP)", "AFP")]
    public void ADateAloneBeforeTheSignerInBrackets_IsADateline(string paragraph, string dateline, string agency)
    {
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out var span, out var found));
        Assert.Equal(dateline, span.Slice(paragraph));
        Assert.Equal(agency, found);
    }

    [Theory]
    [InlineData("ARVEL, Kestan (Baltic Wire) - Kestan's parliament approved the budget on Friday.", "ARVEL, Kestan (Baltic Wire)", "Baltic Wire")]
    [InlineData("Lindholm, Osteria (Coastal News Service) - The ferry resumed service on Monday.", "Lindholm, Osteria (Coastal News Service)", "Coastal News Service")]
    public void ASignerInBracketsAfterTheDatelinesCountry_IsTheAgency(string paragraph, string dateline, string agency)
    {
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out var span, out var found));
        Assert.Equal(dateline, span.Slice(paragraph));
        Assert.Equal(agency, found);
    }

    // Guard: a place's own bracket ("[US]") right after it signs nothing.
    [Fact]
    public void APlacesBracketRightAfterIt_IsNoAgency()
    {
        const string paragraph = "Washington [US], November 2 : The talks resumed on Monday.";
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out _, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void AReportWhoseDatelineIsADateAlone_TakesItsSignerAsOutlet_AndItsYearAsThePublicationDate()
    {
        var doc = AssembleText("Snow closes mountain pass\n\nNov 2, 2025 (Alpine Dispatch) - The Grauberg pass closed on Sunday after heavy snow, police said.\n");

        Assert.Equal("Alpine Dispatch", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 2), doc.Metadata.Published);
    }

    // Guards: a sentence opening on a date has no signer in brackets.
    [Theory]
    [InlineData("Oct 17 - the day the council met - was cold.")]
    [InlineData("March 3 was the day the ferry sank.")]
    public void ADateOpeningASentence_IsNoDateline(string paragraph) =>
        Assert.False(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out _, out _));

    [Theory]
    [InlineData("Velmora Today | October 22, 2025", "Velmora Today")]
    [InlineData("Northline News — 12 March 2025", "Northline News")]
    [InlineData("World News | 9 April 2023", null)]
    [InlineData("Local · 9 April 2023", null)]
    public void ALabelBeforeTheDateLine_IsTheOutlet_UnlessASection(string dateLine, string? outlet)
    {
        var doc = AssembleText("Library reopens after flood\n\n" + dateLine + "\n\nThe central library reopened on Wednesday, six months after a burst pipe flooded it.\n");

        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.NotNull(doc.Metadata.Published);
    }

    [Theory]
    [InlineData("Posted by admin on October 3, 2025", 2025, 10, 3)]
    [InlineData("Published by The Ardmore Herald on 5 May 2025", 2025, 5, 5)]
    [InlineData("Written by Mira Holt on 12 January 2026", 2026, 1, 12)]
    public void AnAuthorBeforeTheDate_IsStillADateLine(string line, int year, int month, int day)
    {
        Assert.True(PublicationDateParser.TryParse(line, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    // Guard: a sentence with "posted by" and "on" is no date line.
    [Fact]
    public void ASentenceWithPostedByAndOn_IsNoDateLine() =>
        Assert.False(PublicationDateParser.TryParse("Posted by the council on its website, the notice was read by few.", out _, out _));

    [Fact]
    public void AnAuthorsDateLineAboveTheHeadline_IsNotTheTitle()
    {
        var doc = AssembleText("Posted by admin on October 3, 2025\n\nCouncil delays vote on parking fees\n\nThe Brisby town council postponed a vote on new parking fees on Thursday after residents packed the chamber.\n");

        Assert.Equal("Council delays vote on parking fees", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 10, 3), doc.Metadata.Published);
    }

    [Theory]
    [InlineData("By Tomas Ruud | Lenn Valley Post | 9 June 2025", "Lenn Valley Post")]
    [InlineData("By Tomas Ruud · The Harbour Post · 9 June 2025", "The Harbour Post")]
    [InlineData("By Tomas Ruud | Health Correspondent | 9 June 2025", null)]
    [InlineData("By Tomas Ruud | World | 9 June 2025", null)]
    public void ANameBetweenTheWriterAndTheDate_IsTheOutlet(string byline, string? outlet)
    {
        var doc = AssembleText("Flood barrier tested on river Lenn\n\n" + byline + "\n\nEngineers tested the new flood barrier on the river Lenn on Sunday.\n");

        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 6, 9), doc.Metadata.Published);
    }

    [Theory]
    [InlineData("SPORT")]
    [InlineData("World News")]
    [InlineData("Politics:")]
    public void ASectionsNameAboveTheHeadline_IsDebris_AndNotTheTitle(string label)
    {
        var doc = AssembleText(label + "\n\nKessel United sign young striker\n\nKessel United have signed a striker from a second-division club, the club said on Wednesday.\n");

        Assert.Equal("Kessel United sign young striker", doc.Metadata.Title);
        Assert.Contains(doc.Removed, r => r.Text == label);
    }

    // Guard: a short line that names more than sections stays.
    [Theory]
    [InlineData("World leaders meet")]
    [InlineData("Local hero")]
    public void AShortLineBeyondSectionWords_IsNoSectionLabel(string line) => Assert.False(Dossier.Text.Cleaning.DebrisRules.IsDebris(line, out _));

    [Theory]
    [InlineData("Copyright © 2025 Osterholm Courier Ltd. All Rights Reserved.", "Osterholm Courier")]
    [InlineData("© Copyright 2025 - Grauberg Gazette", "Grauberg Gazette")]
    [InlineData("(c) 2024 Kessel Ledger AB", "Kessel Ledger")]
    [InlineData("Northline © 2026", "Northline")]
    [InlineData("The Harbour Post Copyright 2019-2026", "The Harbour Post")]
    public void ACopyrightLinesOwner_IsTheMastheadWithoutItsLegalForm(string line, string owner) =>
        Assert.Equal(owner, OutletNames.CopyrightOwner(line));

    [Theory]
    [InlineData("Velmora Today - Bus drivers vote to strike", "Velmora Today")]
    [InlineData("The Harbour Post | Bus drivers vote to strike", "The Harbour Post")]
    [InlineData("Opinion | Bus drivers vote to strike", null)]
    public void ASiteNameBeforeTheHeadlineInTheTitle_IsTheOutlet(string title, string? outlet)
    {
        var page = HtmlArticleExtractor.Extract($"<html><head><title>{title}</title></head><body><article><h1>Bus drivers vote to strike</h1>{Lede}</article></body></html>");

        Assert.Equal(outlet, page.Outlet);
        Assert.Equal("Bus drivers vote to strike", page.Title);
    }

    [Fact]
    public void ATwitterHandle_GivesWayToTheSameNameSpelledInTheTitle()
    {
        var page = HtmlArticleExtractor.Extract("<html><head><title>Mine collapse traps workers | News | Kessel Ledger</title><meta name=\"twitter:site\" content=\"@KesselLedger\"></head>"
            + $"<body><article><h1>Mine collapse traps workers</h1>{Lede}</article></body></html>");

        Assert.Equal("Kessel Ledger", page.Outlet);
    }

    [Theory]
    [InlineData("12 September 2025 | Grauberg Gazette", "Grauberg Gazette")]
    [InlineData("12 September 2025 | Middle East", null)]
    [InlineData("12 September 2025 · Northern Region", null)]
    public void ANameAfterTheDateLinesDate_IsTheOutlet_UnlessASection(string dateLine, string? outlet)
    {
        var doc = AssembleText("Mine collapse traps workers\n\n" + dateLine + "\n\nEleven workers were trapped underground on Friday after a tunnel collapsed, rescuers said.\n");

        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 9, 12), doc.Metadata.Published);
    }

    private static Document AssembleText(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.txt", Format = "txt", Body = body, ContentHash = "0",
    });

    private static Document AssembleHtml(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.html", Format = "html", Body = body, BodyIsHtml = true, ContentHash = "0",
    });
}
