using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 45's repairs (a town read once as a person, a town after a road or a flight "to", a title word inside a hospital's name, a state university's
/// campus after its comma, a title's plural before people's names), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound45Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ATownNamedForItsMine_IsAPlaceWhereTheDocumentRepeatsIt()
    {
        var doc = EntityPipeline.Run("t", "Two miners died at the Velsko mine on Tuesday. Velsko said the shaft had been inspected in May.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Velsko" && m.Type == EntityType.Loc));
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ATownBeforeItsRegionalHospital_IsAPlaceWhereTheDocumentRepeatsIt()
    {
        var doc = EntityPipeline.Run("t", "Injured workers were taken to Mirnov regional hospital. Mirnov has 9,000 residents and one road.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Mirnov" && m.Type == EntityType.Loc));
    }

    [Fact]
    public void ATitleWordInsideAHospitalsName_IsNoRole_AndTheHospitalNoPerson()
    {
        var doc = EntityPipeline.Run("t", "The injured were taken to Marston General Hospital, and two were moved to Brennick General Hospital on Monday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Marston General Hospital" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Brennick General Hospital" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void AStateUniversitysCampusAfterItsComma_IsPartOfTheBodysName()
    {
        var doc = EntityPipeline.Run("t", "She is a professor at the University of California, Santa Cruz, and studied at the University of Wisconsin, Madison.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "University of California, Santa Cruz" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "University of Wisconsin, Madison" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AUniversityBeforeItsCountry_StaysTwoNames()
    {
        var doc = EntityPipeline.Run("t", "He studied at the University of Toronto, Canada, and at the University of Oxford, England.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "University of Toronto" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Canada" && m.Type == EntityType.Gpe);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "University of Oxford" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ATitlesPluralBeforePeoplesNames_IsNoPartOfTheFirstName()
    {
        var doc = EntityPipeline.Run("t", "Senators Ann Lowe and Bill Carr said the bill would pass. Generals Tomas Ruel and Ivo Marek met in the capital.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ann Lowe" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Tomas Ruel" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Senators", StringComparison.Ordinal) || Text(doc, m).StartsWith("Generals", StringComparison.Ordinal));
    }

    [Fact]
    public void ATownAfterARoadOrAFlightTo_IsAPlace_ButAPersonSpokenToStaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "Villagers in Tesk were told to leave, and the road to Pell was closed. Hundreds fled to Dremmel overnight. "
            + "The minister talked to Ana on Monday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Pell" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dremmel" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ana" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ATownBeforeItsCouncil_IsAPlaceWhereTheDocumentRepeatsIt()
    {
        var doc = EntityPipeline.Run("t", "Workers at the Sanvik smelter walked out, and Sanvik council called an emergency meeting.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Sanvik" && m.Type == EntityType.Loc));
    }

    [Fact]
    public void AnInfirmarysName_IsAPlace_NoPerson()
    {
        var doc = EntityPipeline.Run("t", "Patients were flown from Brackwell Infirmary to Ostley Hospital on Sunday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Brackwell Infirmary" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ATownThatWasShelled_IsAPlaceWhereTheDocumentRepeatsIt()
    {
        var doc = EntityPipeline.Run("t", "Shelling hit Zarev overnight. Zarev had been shelled twice before, the governor said.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Zarev" && m.Type == EntityType.Loc));
    }

    [Fact]
    public void ANameAfterTheMayorOfOrResidentsOf_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "Ana Ruiz, the mayor of Dunmere, said the bridge would close, and residents of Kolby were told to leave.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dunmere" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kolby" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ana Ruiz" && m.Type == EntityType.Person);
    }
}
