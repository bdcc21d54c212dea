using Dossier.Text.Metadata;

namespace Dossier.Text.Tests.Articles;

/// <summary>Lines that are only a publication date (and time), as pages print them, and lines that are not.</summary>
public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("May 20, 2025 4:12 PM GMT Updated 2 hours ago", 2025, 5, 20)]
    [InlineData("Updated: Jun. 14, 2024, 12:26 p.m. EDT", 2024, 6, 14)]
    [InlineData("14 June 2024", 2024, 6, 14)]
    [InlineData("March 3, 2025 | Updated 35 minutes ago", 2025, 3, 3)]
    [InlineData("Published 2025-06-20", 2025, 6, 20)]
    [InlineData("Posted 9 April 2025 - Harbour Gazette staff", 2025, 4, 9)]
    [InlineData("June 3, 2024 | Valley Post reporters", 2024, 6, 3)]
    [InlineData("Updated: 2025-06-20 09:15", 2025, 6, 20)]
    [InlineData("By Lena Park | March 4, 2022", 2022, 3, 4)]
    [InlineData("By Tomas Reyes and Ida Berg · 14 June 2024", 2024, 6, 14)]
    [InlineData("Published 9 April 2023 - Business", 2023, 4, 9)]
    [InlineData("October 2, 2021 | World News", 2021, 10, 2)]
    [InlineData("March 9, 2023 | 4 min read", 2023, 3, 9)]
    [InlineData("9 March 2023 · 12 min read", 2023, 3, 9)]
    [InlineData("Published: 14:05, 20 May 2025", 2025, 5, 20)]
    [InlineData("Published 11:02 BST, Saturday 19 September 2026", 2026, 9, 19)]
    [InlineData("Updated: 08:47 EDT, 3 March 2025", 2025, 3, 3)]
    [InlineData("September 29, 2026 — 6:45 AM EDT", 2026, 9, 29)]
    [InlineData("12/14/2026", 2026, 12, 14)]
    [InlineData("Posted: 14/12/2026 09:30", 2026, 12, 14)]
    [InlineData("Posted on 23/11/2026 at 07:50", 2026, 11, 23)]
    [InlineData("Posted on March 4, 2026 by City Desk", 2026, 3, 4)]
    [InlineData("Published 3 May 2025 by Ana Costa", 2025, 5, 3)]
    [InlineData("17.09.2024", 2024, 9, 17)]
    [InlineData("Published: 02.10.2023, 14:05", 2023, 10, 2)]
    [InlineData("Lisbon, 12 May 2025", 2025, 5, 12)]
    [InlineData("GENEVA, June 3, 2025", 2025, 6, 3)]
    [InlineData("Santa Cruz, Bolivia, 4 July 2024", 2024, 7, 4)]
    [InlineData("Published: 12 May 2025 | Updated: 13 May 2025", 2025, 5, 12)]
    [InlineData("June 3, 2024 · Last updated June 5, 2024", 2024, 6, 3)]
    [InlineData("Harbour Courier · March 3, 2026", 2026, 3, 3)]
    [InlineData("The Valley Times | 12 May 2025, 14:05", 2025, 5, 12)]
    [InlineData("Markets — 9 April 2023", 2023, 4, 9)]
    public void ADateLine_GivesItsDate(string line, int year, int month, int day)
    {
        Assert.True(PublicationDateParser.TryParse(line, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("The plant reopened on May 20, 2025 after two weeks.")]
    [InlineData("May 20, 2025 was the day the plant reopened")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("By Lena Park")]
    [InlineData("By then | the plant had reopened on May 20, 2025")]
    [InlineData("9 April 2023 - Markets Fall As Oil Prices Jump")]
    [InlineData("9 April 2023 - the plant reopened")]
    [InlineData("14:05, 20 May 2025 the plant reopened")]
    [InlineData("11:02 BST, 19 September 2026 the river burst its banks")]
    [InlineData("05/10/2026")]
    [InlineData("12/14/2026 was the day the port shut")]
    [InlineData("The budget was approved on March 4, 2026 by the City Council")]
    [InlineData("4.2.1")]
    [InlineData("17.09.24")]
    [InlineData("Lisbon, 12 May 2025, the talks collapsed")]
    [InlineData("Lisbon police said 12 May 2025")]
    [InlineData("The plant reopened on May 20, 2025 | Updated: 21 May 2025")]
    [InlineData("Strike Ends At Port | after talks on 12 May 2025")]
    [InlineData("Port reopens | 12 May 2025 talks end the strike")]
    [InlineData("Four Killed In Crash · March 3, 2026")]
    [InlineData("9 April 2025 - Harbour workers walk out")]
    public void ASentenceThatMentionsADate_IsNoDateLine(string line)
    {
        Assert.False(PublicationDateParser.TryParse(line, out _, out _));
    }
}
