using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>The outlet of a feed's items, read from the channel's title.</summary>
public sealed class FeedChannelTests
{
    [Theory]
    [InlineData("Harbour Times - World", "Harbour Times")]
    [InlineData("Daily Courier | Top stories", "Daily Courier")]
    [InlineData("Eastline: Business news", "Eastline")]
    [InlineData("Daily Ledger", "Daily Ledger")]
    public void AChannelTitledOutletThenSection_NamesTheOutlet(string channel, string outlet)
    {
        Assert.Equal(outlet, FeedReader.WithoutSection(channel));
    }

    [Fact]
    public void ALongTitleAfterTheSeparator_IsNoSection()
    {
        const string channel = "Harbour Times - the best of the week's reporting from the coast";

        Assert.Equal(channel, FeedReader.WithoutSection(channel));
    }
}
