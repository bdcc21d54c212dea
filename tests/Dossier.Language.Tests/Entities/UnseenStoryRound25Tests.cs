using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;
using Dossier.Language.Tests.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from round 25's dossiers (a city's water rationing, a coach's dismissal, a court ruling on oil spills, a
/// telescope finding, a tram vote, ceasefire talks, a grid contract), each on an invented sentence of the same shape.</summary>
public sealed class UnseenStoryRound25Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Theory]
    [InlineData("The mayor told Voz Andina Radio that the bridge would reopen.", "Voz Andina Radio")]
    [InlineData("It was reported by Elbkurier that the port would close.", "Elbkurier")]
    [InlineData("Chief executive Christian Brauch told Tagesblatt the order would be booked in the fourth quarter.", "Tagesblatt")]
    public void ANameEndingAsAnOutletsNameDoes_IsAnOutlet(string text, string outlet)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == outlet && m.Type == EntityType.Org);
    }

    [Fact]
    public void AGroupsWordAfterATitle_ThatTheTaggerReadOn_IsAFirstName()
    {
        var doc = EntityPipeline.Run("t", "Chief executive Christian Brauch told Tagesblatt the order would be booked in the fourth quarter.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Christian Brauch" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Norp);
    }

    [Fact]
    public void AGermanWordForABody_OpensAnOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Members of Vereinigung Seelotsen voted to strike, the union said.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Vereinigung Seelotsen" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ACouncillorsAbbreviatedTitle_IsTheRole_NotPartOfTheName()
    {
        var doc = EntityPipeline.Run("t", "Cllr Maria Okoye said the bus plan was flawed.");
        var councillor = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Maria Okoye", councillor.Name);
        Assert.Equal(["Cllr"], councillor.Roles);
    }

    [Theory]
    [InlineData("The results were published in Nature on Wednesday.", "Nature")]
    [InlineData("The trial was published in Lancet Oncology last week.", "Lancet Oncology")]
    public void WhatAStudyWasPublishedIn_IsAJournal(string text, string journal)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == journal && m.Type == EntityType.Org);
    }

    [Fact]
    public void AMixedCaseAcronymInBrackets_NamesTheBody_AndItsRepeats()
    {
        var doc = EntityPipeline.Run("t", "A court ordered Lagos Offshore Drilling Company Ltd (LODCo) to pay the farmers. LODCo has 90 days to appeal, the court said.");
        var company = Assert.Single(doc.Entities);
        Assert.Contains("LODCo", company.Aliases);
        Assert.Equal(3, company.MentionCount);
    }

    [Fact]
    public void ASpokesmanForABody_GivesTheBodyNoRole()
    {
        var doc = EntityPipeline.Run("t", "A spokesman for Aerolineas Norte said the flights were cancelled.");
        Assert.All(doc.Entities, e => Assert.Empty(e.Roles));
    }

    [Fact]
    public void APastVerbAfterTheSubject_IsNoPartOfTheTitle()
    {
        var doc = EntityPipeline.Run("t", "Hajduk dismissed head coach Ivan Peric on Sunday.");
        var coach = Assert.Single(doc.Entities, e => e.Name == "Ivan Peric");
        Assert.Equal(["head coach"], coach.Roles);
    }

    [Fact]
    public void ABylineSurnameWithItsArticle_IsPartOfTheName()
    {
        var doc = EntityPipeline.Run("t", "Port strike ends\n\nBy Omar al-Rashid\n\nDockers returned to work on Friday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Omar al-Rashid" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ACompanyWithItsSuffixAbbreviatedAndSpeltOut_IsOneCompany()
    {
        var first = EntityPipeline.Run("w1", "Regulators fined Halvard Cable Co on Monday, the agency said.");
        var second = EntityPipeline.Run("w2", "Halvard Cable Company will appeal, it said on Monday.");
        var merged = EntityMerger.Merge([first, second]);
        var company = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Org, company.Type);
        Assert.Contains("Halvard Cable Co", company.Aliases);
        Assert.Contains("Halvard Cable Company", company.Aliases);
    }

    [Fact]
    public void AOneWordBody_JoinsTheOneBodyItOpensBeforeDe_ButNotAHead_NorOneOfTwo()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("r1", ("Aguas de Valdivia", EntityType.Org, 2), ("Ministry of Health", EntityType.Org, 1)),
            EntityReports.Report("r2", ("Aguas", EntityType.Org, 1), ("Ministry", EntityType.Org, 1))]);
        var utility = Assert.Single(merged.Entities, e => e.Name == "Aguas de Valdivia");
        Assert.Contains("Aguas", utility.Aliases);
        Assert.Equal(3, utility.MentionCount);
        Assert.Contains(merged.Entities, e => e.Name == "Ministry");

        var two = EntityMerger.Merge([EntityReports.Report("r1", ("Aguas de Valdivia", EntityType.Org, 2), ("Aguas de Osorno", EntityType.Org, 1)),
            EntityReports.Report("r2", ("Aguas", EntityType.Org, 1))]);
        Assert.Contains(two.Entities, e => e.Name == "Aguas");
    }

    [Fact]
    public void AOneWordNameTypedAPersonInOneReportAndABodyInAnother_IsOneEntityOfTheMajorityType()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("a1", ("Norwind", EntityType.Org, 4)), EntityReports.Report("a2", ("Norwind", EntityType.Person, 2))]);
        var airline = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Org, airline.Type);
        Assert.Equal(6, airline.MentionCount);

        // A surname that a full name of the dossier claims stays with that person.
        var person = EntityMerger.Merge([EntityReports.Report("b1", ("Tom Haldane", EntityType.Person, 1), ("Haldane", EntityType.Org, 1)),
            EntityReports.Report("b2", ("Haldane", EntityType.Person, 2))]);
        Assert.Equal(3, Assert.Single(person.Entities, e => e.Name == "Tom Haldane").MentionCount);
    }
}
