using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Articles;
using Dossier.Text.Metadata;
using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>Wire datelines: the place and date they give, and the agency that signs them.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("ANKARA, Feb 7 (Reuters) - The death toll rose on Tuesday.", "ANKARA, Feb 7 (Reuters)", "Reuters")]
    [InlineData("LONDON (AP) — Officials said the talks had failed.", "LONDON (AP)", "AP")]
    [InlineData("SEOUL, Nov. 2 (Yonhap) -- North Korea fired missiles.", "SEOUL, Nov. 2 (Yonhap)", "Yonhap")]
    [InlineData("Washington [US], November 2 : The White House said so.", "Washington [US], November 2", null)]
    [InlineData("KYIV (Ukraine) - Sirens sounded overnight.", "KYIV (Ukraine)", null)]
    [InlineData("Tallinn, 9 April 2024 — Estonia closed two border crossings on Tuesday.", "Tallinn, 9 April 2024", null)]
    [InlineData("LISBON, 3 Mar (AFP) - Portugal's parliament approved the budget.", "LISBON, 3 Mar (AFP)", "AFP")]
    [InlineData("GENEVA/BERN, Nov 4 (Reuters) -- Swiss voters rejected the tax.", "GENEVA/BERN, Nov 4 (Reuters)", "Reuters")]
    // Round 44 (session 23): a year after the day with no comma between them is still the dateline's.
    [InlineData("OSLO, June 4 2026 (AFP) - Norway recalled its envoy on Thursday.", "OSLO, June 4 2026 (AFP)", "AFP")]
    public void Dateline_GivesItsSpanAndOnlyAKnownAgency(string paragraph, string dateline, string? agency)
    {
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out var span, out var found));
        Assert.Equal(dateline, span.Slice(paragraph));
        Assert.Equal(agency, found);
    }

    // Round 32 (session 28, speed): TryFind passes over a paragraph with no separator before white space or the window's end
    // or a lower-case word before it, outside brackets, before it runs the regex; the separator may stand before a tab or a
    // line break, end a line of its own, or follow a day or a bracket with lower-case words in it.
    [Theory]
    [InlineData("DRAVIK, July 29 -", "DRAVIK, July 29")]
    [InlineData("DRAVIK, July 29 \u2014\nThe ferry sailed late.", "DRAVIK, July 29")]
    [InlineData("KORVIK (Nordwire) -\tThe port reopened.", "KORVIK (Nordwire)")]
    [InlineData("12 March (Nordwire) \u2013 The port reopened.", "12 March (Nordwire)")]
    [InlineData("VELMORA, Kestan: Talks resumed on Monday.", "VELMORA, Kestan")]
    [InlineData("ARVEL, Kestan (via Baltic Wire) - The port reopened.", "ARVEL, Kestan (via Baltic Wire)")]
    [InlineData("NEW-HALMSTAD, Oct. 9 -- The port reopened.", "NEW-HALMSTAD, Oct. 9")]
    public void ASeparatorBeforeWhiteSpaceOrTheEnd_StillClosesTheDateline(string paragraph, string dateline)
    {
        paragraph = System.Text.RegularExpressions.Regex.Unescape(paragraph);
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out var span, out _));
        Assert.Equal(dateline, span.Slice(paragraph));
    }

    [Theory]
    [InlineData("Kestan-based hackers struck the port-authority's servers on Monday.")]
    [InlineData("the port reopened - officials said so.")]
    [InlineData("Kestan may ship more shells to Ostland - General Vance")]
    [InlineData("Velmora harbour - a new pier")]
    [InlineData("\u201cWe are ready - \u201d she said.")]
    [InlineData("")]
    public void NoDatelineWithoutACapitalFirstOrASeparatorBeforeWhiteSpaceAndOnlyCapitalisedWords(string paragraph)
    {
        paragraph = System.Text.RegularExpressions.Regex.Unescape(paragraph);
        Assert.False(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out _, out _));
    }

    [Theory]
    [InlineData("RIGA, Mar 3 (Balticwire) - Latvia closed two crossings.", "Balticwire")]
    [InlineData("QUITO, 12 June (Andes Press) - The volcano erupted again.", "Andes Press")]
    public void ANameInBracketsAfterTheDatelinesDate_SignsTheCopy(string paragraph, string agency)
    {
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out _, out var found));
        Assert.Equal(agency, found);
    }

    [Fact]
    public void AReportOpeningOnItsDateline_KeepsTheAgencyAsOutlet_AndTakesNoTitleFromItsLede()
    {
        var doc = Assemble("LISBON, Mar 3 (AFP) - Portugal's parliament approved the budget on Tuesday after a night of talks, ending weeks of doubt.\n\n"
            + "The vote was 120 to 96.\n");
        Assert.Null(doc.Metadata.Title);
        Assert.Equal("AFP", doc.Metadata.Outlet);
        Assert.Equal("LISBON, Mar 3 (AFP)", doc.Metadata.Dateline);
        Assert.Equal(ParagraphKind.Body, doc.Paragraphs[0].Kind);
    }

    [Theory]
    [InlineData("Budget passes after all-night talks\n\nLISBON, Mar 3 (AFP) - Portugal's parliament approved the budget.\n", "Budget passes after all-night talks")]
    [InlineData("BREAKING: Portugal passes its budget\n\nThe vote was 120 to 96 on Tuesday.\n", "BREAKING: Portugal passes its budget")]
    public void AHeadlineLine_StaysTheTitle(string body, string title)
    {
        var doc = Assemble(body);
        Assert.Equal(title, doc.Metadata.Title);
    }

    [Fact]
    public void ADatelineOnALineOfItsOwn_IsTheReportsDateline()
    {
        var doc = Assemble("Ferry strike strands holidaymakers\nValletta, 12 August 2025 —\n\nFerry crews walked out on Tuesday, stranding thousands of passengers.\n");
        Assert.Equal("Valletta, 12 August 2025", doc.Metadata.Dateline);
    }

    [Theory]
    [InlineData("WATCH:")]
    [InlineData("UPDATE -")]
    public void ALineOfCapitalsWithoutADate_IsNoDateline(string line) =>
        Assert.False(DatelineParser.TryFind(line, new TextSpan(0, line.Length), out _, out _));

    [Theory]
    [InlineData("Posted: 04/09/2026", "OPORTO, Sept 4 (AP) - Dock workers walked out on Friday.", "2026-09-04")]
    [InlineData("Posted: 04/09/2026", "OPORTO, 9 April (AP) - Dock workers walked out on Friday.", "2026-04-09")]
    [InlineData("Posted: 04/09/2026", "OPORTO (AP) - Dock workers walked out on Friday.", null)]
    [InlineData("Posted: 04/09/2026", "OPORTO, Sept 7 (AP) - Dock workers walked out on Friday.", null)]
    public void ANumericDateLineEitherWay_IsReadByTheDatelinesDay(string dateLine, string lede, string? published)
    {
        var doc = Assemble("Dock strike shuts port\n\n" + dateLine + "\n\n" + lede + "\n\nThe union said talks had failed.\n");
        Assert.Equal(published, doc.Metadata.Published?.ToString("yyyy-MM-dd"));
    }

    // Round 41 (session 27): with no dateline the article's other dates say the order, as the time stage reads the same date
    // in the text; nothing saying, the line stays unread.
    [Theory]
    [InlineData("Published: 06/03/2025", "Dock workers walked out on 4 March and returned on 12 March.", "2025-03-06")]
    [InlineData("Published: 06/03/2025", "Dock workers walked out on May 30 and returned on June 2.", "2025-06-03")]
    [InlineData("Published: 06/03/2025", "Dock workers walked out on 28/02/2025.", "2025-03-06")]
    [InlineData("Published: 06/03/2025", "Dock workers walked out on Friday.", null)]
    public void ANumericDateLineEitherWay_WithNoDateline_IsReadByTheArticlesOtherDates(string dateLine, string lede, string? published)
    {
        var doc = Assemble("Dock strike shuts port\n\n" + dateLine + "\n\n" + lede + "\n\nThe union said talks had failed.\n");
        Assert.Equal(published, doc.Metadata.Published?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Ferry strike strands holidaymakers\n\nVALLETTA, Aug. 12, 2025 (Reuters) - Ferry crews walked out on Tuesday.\n", "2025-08-12", "dateline")]
    [InlineData("Ferry strike strands holidaymakers\nValletta, 12 August 2025 —\n\nFerry crews walked out on Tuesday.\n", "2025-08-12", "dateline")]
    [InlineData("Ferry strike strands holidaymakers\n\nVALLETTA, Aug. 12 (Reuters) - Ferry crews walked out on Tuesday.\n", null, null)]
    [InlineData("Ferry strike strands holidaymakers\n\nAugust 13, 2025\n\nVALLETTA, Aug. 12, 2025 (Reuters) - Ferry crews walked out on Tuesday.\n", "2025-08-13", "text")]
    public void ADatelineWithItsYear_StatesThePublicationDate_WhenNothingElseDoes(string body, string? published, string? from)
    {
        var doc = Assemble(body);
        Assert.Equal(published, doc.Metadata.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(from, doc.Metadata.PublishedFrom);
    }

    // Round 37 (session 24), a guard: a date the file's metadata states (a sidecar, the page's meta tags, front matter, the
    // flag) is the publication date even when a dateline with its year says another; the dateline dates only what has none.
    [Theory]
    [InlineData("txt", "Ferry strike strands holidaymakers\n\nVALLETTA, Aug. 12, 2024 (Reuters) - Ferry crews walked out on Tuesday.\n")]
    [InlineData("html", "<html><head><title>Ferry strike</title><meta property=\"article:published_time\" content=\"2025-08-13T09:00:00Z\"></head><body><article><h1>Ferry strike</h1><p>VALLETTA, Aug. 12, 2024 (Reuters) - Ferry crews walked out on Tuesday.</p><p>The port was shut.</p></article></body></html>")]
    public void AStatedMetadataDate_OutranksADatelineWithItsYear(string format, string body)
    {
        var raw = new RawArticle { Id = "t", SourcePath = "t." + format, Format = format, Body = body, BodyIsHtml = format == "html", ContentHash = "0" };
        if (format == "txt")
        {
            raw = raw with { Published = new DateOnly(2025, 8, 13), PublishedFrom = "sidecar" };
        }

        var doc = new ArticleAssembler().Assemble(raw);

        Assert.Equal(new DateOnly(2025, 8, 13), doc.Metadata.Published);
        Assert.Equal(format == "txt" ? "sidecar" : "html-meta", doc.Metadata.PublishedFrom);
        Assert.StartsWith("VALLETTA, Aug. 12, 2024", doc.Metadata.Dateline);
    }

    private static Document Assemble(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.txt", Format = "txt", Body = body, ContentHash = "0",
    });
}
