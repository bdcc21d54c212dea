using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names and aliases from the lead's session-22 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead22Tests
{
    [Theory]
    [InlineData("BlackMoth, a Chinese-speaking hacking group that first appeared in 2023. The group has denied any link to Beijing.", "BlackMoth")]
    [InlineData("Prices were set by Valdoro, a Chilean mining company based in Santiago.", "Valdoro")]
    public void ANameInAppositionToABodysNoun_IsABody(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("However, a group of farmers blocked the road on Monday.", "However")]
    [InlineData("The plan was drawn up by Okafor, a company director, and two lawyers.", "Okafor")]
    public void AWordBeforeAnAppositionThatIsNoBodysName_IsNoBody(string text, string word)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == word && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Sweden's FRA said on Monday the attack came from abroad.", "FRA")]
    [InlineData("Norway's NSM has warned hospitals to patch their servers.", "NSM")]
    public void AnAcronymACountryOwns_IsABody(string text, string acronym)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == acronym && m.Type == EntityType.Org);
    }

    [Fact]
    public void ABodysNounAfterItsName_MakesTheNounAnAlias()
    {
        const string text = "Strikers blocked the gates of the Kessler Werke engineering group in Bremen. The group said output had stopped.";

        var doc = EntityPipeline.Run("t", text);

        var body = Assert.Single(doc.Entities, e => e.Name == "Kessler Werke");
        Assert.Contains("the group", body.Aliases);
    }

    [Theory]
    [InlineData("Oslo Police confirmed the closure on Friday.", "Oslo Police")]
    [InlineData("Crews from Bergen Fire Service reached the ship at dawn.", "Bergen Fire Service")]
    public void ACitysPoliceOrFireService_IsABody(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Org);
    }

    [Fact]
    public void ANameInAppositionToTheLaboratory_IsABody()
    {
        const string text = "Velder Bioveterinary Research, the national reference laboratory, said the virus came from wild birds.";

        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Velder Bioveterinary Research" && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Cattle movements were banned on Monday. De Boer said the ban would stay.", "De Boer")]
    [InlineData("The league fined the club. Di Stefano said it would appeal.", "Di Stefano")]
    public void ACapitalisedParticleBeforeASurname_OpensTheName(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnAcronymAfterARole_IsABody_NotAPerson()
    {
        const string text = "At least 12 people died, the country's civil defence institute INDECI said.";

        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "INDECI" && m.Type == EntityType.Person);
    }
}
