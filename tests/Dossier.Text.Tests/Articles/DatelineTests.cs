using Dossier.Core;
using Dossier.Text.Metadata;

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
    public void Dateline_GivesItsSpanAndOnlyAKnownAgency(string paragraph, string dateline, string? agency)
    {
        Assert.True(DatelineParser.TryFind(paragraph, new TextSpan(0, paragraph.Length), out var span, out var found));
        Assert.Equal(dateline, span.Slice(paragraph));
        Assert.Equal(agency, found);
    }
}
