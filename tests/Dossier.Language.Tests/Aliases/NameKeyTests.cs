using Dossier.Language.Aliases;

namespace Dossier.Language.Tests.Aliases;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("Kim Jong Un", "kim jong un")]
    [InlineData("U.S.", "us")]
    [InlineData("the New York Times", "new york times")]
    [InlineData("Russia’s", "russias")]
    [InlineData("Jonas Gahr Støre", "jonas gahr store")]
    [InlineData("Andrés Castaño", "andres castano")]
    [InlineData("Łukasz Gößl", "lukasz gossl")]
    public void Of_NormalisesCaseHyphensAndArticles(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("NIS", "National Intelligence Service", true)]
    [InlineData("NSC", "National Security Council", true)]
    [InlineData("NATO", "North Atlantic Treaty Organization", true)]
    [InlineData("NIS", "National Security Council", false)]
    [InlineData("Nis", "National Intelligence Service", false)]
    public void IsAcronymOf_MatchesInitials(string acronym, string name, bool expected) =>
        Assert.Equal(expected, NameKey.IsAcronymOf(acronym, name));

    [Theory]
    [InlineData("ibarra", "luis ibarra montes", true)]
    [InlineData("montes", "luis ibarra montes", true)]
    [InlineData("ibarra", "luis ibarra montes garcia", false)]
    public void IsPartOf_TakesTheFirstOfTwoSurnames(string part, string full, bool expected) =>
        Assert.Equal(expected, NameKey.IsPartOf(part, full));
}
