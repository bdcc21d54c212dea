using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 42's repairs from the tuning folds' one-word persons, each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound42Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AnOrdinaryWordAfterACourtesyTitle_IsAPersonsName()
    {
        var doc = EntityPipeline.Run("t", "Ms Price denied the claim, and Mrs Lake thanked the volunteers who cleared the towpath after the flood.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Price" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Lake" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Loc);
    }

    [Fact]
    public void AWordThatOpensATitleAfterACourtesyTitle_IsAPersonsName()
    {
        var doc = EntityPipeline.Run("t", "The lifeboat crew was led by Dr Field, and Mr Marsh said the harbour would stay shut until Friday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Field" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnOfficeAfterATitleOfAddress_IsNoPersonsName()
    {
        var doc = EntityPipeline.Run("t", "Mr Speaker, the minister has misled the House about the ferry contract.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameAfterAGreeting_TheTaggerReadAsAPlaceWithTheGreeting_IsThePersonGreeted()
    {
        var doc = EntityPipeline.Run("t", "\"Hey Orla,\" the coach shouted as the rain came in over the stand.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Orla" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Loc);
    }
}
