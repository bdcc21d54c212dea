using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-14 dossier (a ferry disaster told by three wires), each on an invented sentence
/// of the same shape.</summary>
public sealed class UnseenStoryLead14Tests
{
    [Theory]
    [InlineData("The operator, PT Lautan Jaya, denied the claim.", "PT Lautan Jaya")]
    [InlineData("PT Lautan Jaya director Wayan Darma told a news conference in Denpasar.", "PT Lautan Jaya")]
    [InlineData("Shares in PJSC Volga Energo fell on Monday.", "PJSC Volga Energo")]
    public void ALegalFormBeforeTheName_MakesItACompany(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person && name.EndsWith(text[m.Span.Start..m.Span.End], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The KM Laut Biru sank near the port on Monday.", "Laut Biru")]
    [InlineData("Rescuers reached the MV Ocean Star before dawn.", "Ocean Star")]
    public void AVesselAfterItsPrefix_IsNoPersonOrOrganisation(string text, string vessel)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End].Contains(vessel, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Survivor Dewi Lestari, 29, said the crew had handed out few life jackets.", "Dewi Lestari", "Survivor")]
    [InlineData("Witness Tomas Varga told the court he had seen the car.", "Tomas Varga", "Witness")]
    public void ANounForWhatThePersonWasThere_IsARoleNotPartOfTheName(string text, string name, string role)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Person);
        var entity = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Contains(role, entity.Roles);
    }

    [Theory]
    [InlineData("Tests found high nitrate levels in Lucena, Cabra and Baena.", "Cabra", "Baena")]
    [InlineData("Floods hit farms near Pavia, Voghera, and Broni on Sunday.", "Voghera", "Broni")]
    public void NamesListedAfterAPlaceAndItsPreposition_ArePlaces(string text, string second, string third)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == second && m.Type is EntityType.Loc or EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == third && m.Type is EntityType.Loc or EntityType.Gpe);
    }

    [Theory]
    [InlineData("The European Commission fined the bank on Tuesday. The Commission gave it 90 days to comply.", "European Commission", "Commission")]
    [InlineData("The Supreme Court of Malawi ruled on Friday. The Court said the law was void.", "Supreme Court of Malawi", "Court")]
    public void ABodysHeadWordAlone_IsTheOneBodyOfTheArticleItHeads(string text, string full, string head)
    {
        var doc = EntityPipeline.Run("t", text);
        var entity = Assert.Single(doc.Entities, e => e.Name == full);
        Assert.Contains(head, entity.Aliases);
    }

    [Fact]
    public void AHeadWordThatTwoBodiesShare_StaysApart()
    {
        var doc = EntityPipeline.Run("t", "The European Commission and the Electoral Commission met. The Commission said nothing.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "European Commission" && e.Aliases.Contains("Commission"));
    }

    [Fact]
    public void AParentCompany_IsNotItsSubsidiary()
    {
        var doc = EntityPipeline.Run("t", "Shares in Alphabet fell 0.6% in New York. Google said it disagreed with the ruling.");
        Assert.Contains(doc.Entities, e => e.Name == "Alphabet");
        Assert.Contains(doc.Entities, e => e.Name == "Google" && !e.Aliases.Contains("Alphabet"));
    }

    [Theory]
    [InlineData("EU Competition Commissioner Anna Berg said the merger would be blocked.", "Anna Berg")]
    [InlineData("EU Trade Commissioner Lars Holm met his counterpart.", "Lars Holm")]
    public void APortfolioBeforeATitle_IsNoBody_ButTheKnownNameItOpensWithStays(string text, string person)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End].StartsWith("EU ", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "EU");
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == person && m.Type == EntityType.Person);
    }

    [Fact]
    public void ASurnameOpeningTheSentenceBeforeARoleApposition_IsAPersonWithThatRole()
    {
        const string text = "Lindqvist, the bloc's trade chief, has also opened an inquiry into the deal.";
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Lindqvist" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnAppositionOpenedByAPossessive_IsTheRole_WithoutThePossessive()
    {
        var doc = EntityPipeline.Run("t", "Monika Lehr, its director general, said the ruling was an important step.");
        var entity = Assert.Single(doc.Entities, e => e.Name == "Monika Lehr");
        Assert.Contains("director general", entity.Roles);
    }
}
