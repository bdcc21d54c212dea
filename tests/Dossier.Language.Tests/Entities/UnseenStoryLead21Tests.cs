using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-21 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead21Tests
{
    [Theory]
    [InlineData("The climber's wife, Ewa, said the family had been told nothing.", "Ewa")]
    [InlineData("The singer's daughter, Florence, said the family was grateful.", "Florence")]
    public void OneWordAfterANounOfKin_IsAPerson_EvenWhereAPlaceHasIt(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceAfterANounOfAPlace_StaysAPlace()
    {
        const string text = "The family moved back to his hometown, Florence, in 2019.";

        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Florence" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AFirmEndingInLabs_IsAnOrganisation()
    {
        const string text = "Images taken on Monday by Orbital Labs and reviewed by the paper show a flooded runway.";

        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Orbital Labs" && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Shelling hit several villages in Norway's Varanger peninsula on Monday.", "Varanger")]
    [InlineData("Akureyri international airport stayed open on Friday.", "Akureyri")]
    public void AnUnknownWordBeforeANounForAPlace_IsThatPlace(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type is EntityType.Loc or EntityType.Gpe);
    }

    [Fact]
    public void ACommonWordBeforeANounForAPlace_IsNoName()
    {
        const string text = "Northern region officials said the roads were closed.";

        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Northern" && m.Type == EntityType.Loc);
    }
}
