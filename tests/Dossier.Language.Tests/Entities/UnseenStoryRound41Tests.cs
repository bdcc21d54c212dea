using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 41's repairs from the tuning folds' error groups, each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound41Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void APeoplesPluralOpenedByAnotherLanguagesFeatureWord_IsNoPlace()
    {
        var doc = EntityPipeline.Run("t", "The new ferry line will carry Puerto Vallartans and tourists to the islands every morning, the operator said.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Puerto Vallartans" && m.Type is EntityType.Loc or EntityType.Gpe);
    }

    [Fact]
    public void AHemisphereTheTaggerTookForABody_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "Her parents fled Czechoslovakia in 1968 and settled in the Northern Hemisphere's coldest city.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Northern Hemisphere" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Org);
    }

    [Fact]
    public void PlacesSetAgainstEachOtherAcrossAScore_AreTeamsThroughoutTheReport()
    {
        var doc = EntityPipeline.Run("t",
            "Scotland beat Wales 24-17 at Murrayfield on Saturday. Wales had led at the break, but Scotland scored twice late on.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Scotland" && m.Type == EntityType.Org));
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Wales" && m.Type == EntityType.Org));
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Murrayfield" && m.Type == EntityType.Loc);
    }

    [Fact]
    public void APlaceBeforeARangeOfNumbers_IsNoTeam()
    {
        var doc = EntityPipeline.Run("t", "The road between Dunmore and Scotland 3-4 miles north was closed, and Wales saw 10-15 centimetres of snow.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Org);
    }

    [Fact]
    public void AnAcronymAfterAPersonAndOf_IsTheBodyThePersonBelongsTo()
    {
        var doc = EntityPipeline.Run("t", "The motion was opposed by Martin Kowalski of KWU and backed by Helen Grant from NTA.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "KWU" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Martin Kowalski" && m.Type == EntityType.Person);
    }
}
