using Dossier.Language.Aliases;
using Dossier.Core.Entities;
using Dossier.Language.Tests.Entities;

namespace Dossier.Language.Tests.Aliases;

public sealed class AliasStageTests
{
    [Fact]
    public void BracketedAcronym_JoinsTheNameBeforeIt()
    {
        var doc = EntityPipeline.Run("a", "The Federal Migration Agency (FMA) said on Monday that it had no comment.\nLater, FMA officials declined to elaborate.");
        var entity = Assert.Single(doc.Entities, e => e.Name == "Federal Migration Agency");
        Assert.Contains("FMA", entity.Aliases);
        Assert.Equal(3, entity.MentionCount);
    }

    [Fact]
    public void TheNameABodyIsKnownBy_JoinsTheBody()
    {
        var doc = EntityPipeline.Run("k", "The appeal was lodged by Friends of the Forest Finland, known as Metsaliitto, and two villages. Metsaliitto said it would go on.");
        var body = Assert.Single(doc.Entities, e => e.Name == "Friends of the Forest Finland");
        Assert.Contains("Metsaliitto", body.Aliases);
        Assert.Equal(3, body.MentionCount);
    }

    [Fact]
    public void AnAcronym_IsNoPersonWhoseFirstNameItSpells()
    {
        var doc = EntityPipeline.Run("o", "About 90 ferries were cancelled, port operator LINA said in a statement. A spokeswoman, Lina Berg, said more would follow.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.DoesNotContain("LINA", person.Aliases);
        Assert.Contains(doc.Entities, e => e.Name == "LINA" && e.Type == EntityType.Org);
    }

    [Fact]
    public void ACountrysNameThatSpeaks_IsThePersonWithThatSurname()
    {
        var doc = EntityPipeline.Run("j", "Defence Minister Daniel Jordan said the troops would stay. Later, Jordan said the decision was final.");
        var jordan = Assert.Single(doc.Entities, e => e.Name == "Daniel Jordan");
        Assert.Equal(2, jordan.MentionCount);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void TheFirstWordOfACompanysName_IsTheCompany()
    {
        var doc = EntityPipeline.Run("c", "Halden Motors is recalling about 800,000 vans. A spokesperson for Halden said repairs were free. Halden did not respond to later questions.");
        var company = Assert.Single(doc.Entities, e => e.Name == "Halden Motors");
        Assert.Equal(EntityType.Org, company.Type);
        Assert.Contains("Halden", company.Aliases);
        Assert.Equal(3, company.MentionCount);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceWithAParticleInATitle_IsPartOfTheRole()
    {
        var doc = EntityPipeline.Run("r", "Rio Grande do Sul Governor Eduardo Leite said the toll would climb.");
        var leite = Assert.Single(doc.Entities, e => e.Name == "Eduardo Leite");
        Assert.Contains("Rio Grande do Sul Governor", leite.Roles);
    }

    [Fact]
    public void TheSurnameBeforeAParticle_IsThePerson()
    {
        var doc = EntityPipeline.Run("l", "President Luiz Inácio Lula da Silva flew over the flooded areas on Thursday. Later, Lula promised help.");
        var lula = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Luiz Inácio Lula da Silva", lula.Name);
        Assert.Contains("Lula", lula.Aliases);
    }

    [Fact]
    public void ArticleOfAModifiedPhrase_IsNoAlias()
    {
        var doc = EntityPipeline.Run("t", "The Tehran government said the Pentagon had lied. The Iranian army and the Pentagon disagreed.");
        var iran = Assert.Single(doc.Entities, e => e.Name == "Iran");
        Assert.DoesNotContain(iran.Aliases, a => a.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
        var pentagon = Assert.Single(doc.Entities, e => e.Name == "Pentagon");
        Assert.Contains("the Pentagon", pentagon.Aliases);
    }

    [Fact]
    public void ArticleWrittenInEitherCase_IsOneAliasAcrossArticles()
    {
        var first = EntityPipeline.Run("u", "The Pentagon said the talks had failed.");
        var second = EntityPipeline.Run("v", "Officials at the Pentagon said the talks had failed.");
        var merged = EntityMerger.Merge([first, second]);
        var pentagon = Assert.Single(merged.Entities, e => e.Name == "Pentagon");
        Assert.Single(pentagon.Aliases, a => a.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SurnameAndTitle_ResolveToTheFullName()
    {
        var doc = EntityPipeline.Run("b", "Finance Minister Elena Marchetti said the deal was done.\nMarchetti added that talks would resume. Minister Marchetti left on Friday.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Elena Marchetti", person.Name);
        Assert.Equal(3, person.MentionCount);
        Assert.Contains("Finance Minister", person.Roles);
    }

    [Theory]
    [InlineData("Civil Protection Minister Nikos Dendias said the fires were contained.", "Civil Protection Minister")]
    [InlineData("Public Health Minister Ana Kraus said cases were falling.", "Public Health Minister")]
    [InlineData("Meanwhile Defense Minister Ana Kraus said the troops would stay.", "Defense Minister")]
    [InlineData("After Finance Minister Ana Kraus spoke, markets rose.", "Finance Minister")]
    [InlineData("Italy's Defense Minister Ana Kraus said the troops would stay.", "Italy's Defense Minister")]
    [InlineData("Health Minister Ana Kraus said cases were falling.", "Health Minister")]
    public void ATitleOpeningTheSentence_KeepsItsFieldButNotASentenceAdverb(string sentence, string role)
    {
        var doc = EntityPipeline.Run("r", sentence);
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal([role], person.Roles);
    }

    [Fact]
    public void SharedSurname_GoesToThePersonNamedMostOften()
    {
        var doc = EntityPipeline.Run("s", "Senator Maria Okafor left the hearing early. Maria Okafor was taken to the apartment of her daughter "
            + "Adaeze Okafor, aides said.\nOkafor had told officials that she felt fine. Adaeze said little.");
        var mother = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor");
        var daughter = Assert.Single(doc.Entities, e => e.Name == "Adaeze Okafor");
        var bare = Assert.Single(doc.Mentions, m => doc.Text.AsSpan(m.Span.Start, m.Span.Length) is "Okafor");
        Assert.Equal(doc.Entities.IndexOf(mother), bare.Entity);
        var first = Assert.Single(doc.Mentions, m => doc.Text.AsSpan(m.Span.Start, m.Span.Length) is "Adaeze");
        Assert.Equal(doc.Entities.IndexOf(daughter), first.Entity);
    }

    [Fact]
    public void SharedSurname_NamedAsOftenByTwo_GoesToTheOneNamedFirst()
    {
        var doc = EntityPipeline.Run("s2", "Senator Maria Okafor hid her illness, her former doctor says.\n"
            + "The doctor served in the administration of former President Daniel Okafor.\nOkafor allowed her staff to think it was a sprain.");
        var senator = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor");
        var bare = Assert.Single(doc.Mentions, m => doc.Text.AsSpan(m.Span.Start, m.Span.Length) is "Okafor");
        Assert.Equal(doc.Entities.IndexOf(senator), bare.Entity);
    }

    [Fact]
    public void EachCountrysMinistry_IsItsOwnOrganisation_WithinAndAcrossArticles()
    {
        var first = EntityPipeline.Run("m1", "Russia's Defense Ministry denied the report. Ukraine's Defense Ministry said it was true.");
        var second = EntityPipeline.Run("m2", "The Russian Defense Ministry spoke again on Friday.");

        var ministries = first.Entities.Where(e => e.Name == "Ministry of Defense").ToList();
        Assert.Equal(2, ministries.Count);
        Assert.Equal(new[] { "Russia", "Ukraine" }, ministries.Select(e => e.LinkedTo ?? "").Order().ToArray());
        var merged = EntityMerger.Merge([first, second]);
        var russian = Assert.Single(merged.Entities, e => e.Name == "Ministry of Defense" && e.LinkedTo == "Russia");
        Assert.Equal(2, russian.MentionCount);
        Assert.Single(merged.Entities, e => e.Name == "Ministry of Defense" && e.LinkedTo == "Ukraine");
    }

    [Fact]
    public void CapitalDemonymAndAcronym_StandForTheCountry()
    {
        var doc = EntityPipeline.Run("c", "Tehran rejected the plan. Iranian diplomats said the Islamic Republic of Iran would not sign.");
        var iran = Assert.Single(doc.Entities, e => e.Name == "Iran");
        Assert.Equal(EntityType.Gpe, iran.Type);
        Assert.Contains("Tehran", iran.Aliases);
        Assert.Contains("Iranian", iran.Aliases);
    }

    [Fact]
    public void Apposition_GivesTheRole()
    {
        var doc = EntityPipeline.Run("d", "Tomas Lindqvist, a researcher at the Stockholm Institute of Strategy, said the figures were plausible.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("researcher at the Stockholm Institute of Strategy", person.Roles);
    }

    [Fact]
    public void Pronouns_AreNeverEntities()
    {
        var doc = EntityPipeline.Run("e", "He said it was over. They disagreed. She, however, said We would see. It Is Over, I said.");
        foreach (var m in doc.Mentions)
        {
            Assert.False(Dossier.Language.Entities.Pronouns.IsPronoun(doc.Slice(m.Span)), doc.Slice(m.Span));
        }
    }

    [Fact]
    public void SeatOfPower_IsAnOrganisationLinkedToItsCountry()
    {
        var doc = EntityPipeline.Run("f", "The Pentagon said the drills would go ahead. The Kremlin called them a provocation.");
        var pentagon = Assert.Single(doc.Entities, e => e.Name == "Pentagon");
        Assert.Equal(EntityType.Org, pentagon.Type);
        Assert.Equal("United States", pentagon.LinkedTo);
        Assert.Contains(doc.Entities, e => e.Name == "Russia" && e.Aliases.Contains("Kremlin"));
    }

    [Fact]
    public void ANameInAppositionAfterATitle_TakesTheTitleAsItsRole()
    {
        var doc = EntityPipeline.Run("ap", "Malawi's ambassador, Fatmata Banda, said she was disappointed. A Veridian spokeswoman, Sanne de Vries, said nothing.");
        Assert.Contains("Malawi's ambassador", Assert.Single(doc.Entities, e => e.Name == "Fatmata Banda").Roles);
        Assert.Contains("Veridian spokeswoman", Assert.Single(doc.Entities, e => e.Name == "Sanne de Vries").Roles);
    }

    [Fact]
    public void ACourtesyTitle_IsNoRole()
    {
        var doc = EntityPipeline.Run("ms", "Nguyen Thi Lan founded the firm in 2014. Ms Nguyen declined to comment. FDA commissioner Dr. Helen Brandt said tests went on.");
        Assert.DoesNotContain(doc.Entities, e => e.Roles.Contains("Ms"));
        Assert.Contains("FDA commissioner", Assert.Single(doc.Entities, e => e.Name == "Helen Brandt").Roles);
    }

    [Fact]
    public void ABodyOfAPlaceBeforeATitle_IsWholeInTheRole()
    {
        var doc = EntityPipeline.Run("b", "Bank of Canada governor Lena Ortiz said on Friday that rates would stay high for longer.");
        Assert.Contains("Bank of Canada governor", Assert.Single(doc.Entities, e => e.Name == "Lena Ortiz").Roles);
    }

    [Fact]
    public void AMemberOfANamedBody_TakesTheBodyAndMemberAsItsRole()
    {
        var doc = EntityPipeline.Run("m", "Harbour Safety Board member Olga Petrov told reporters the ferry had been overloaded.");
        Assert.Contains("Harbour Safety Board member", Assert.Single(doc.Entities, e => e.Name == "Olga Petrov").Roles);
    }

    [Fact]
    public void ALowerCaseFieldInsideATitle_BelongsToTheRole()
    {
        var doc = EntityPipeline.Run("f", "EU competition commissioner Margrethe Holm said Brussels would look closely.");
        Assert.Contains("EU competition commissioner", Assert.Single(doc.Entities, e => e.Name == "Margrethe Holm").Roles);
    }

    [Fact]
    public void TheFirstWordOfAnyCompanyName_IsTheCompany_WhenTheTaggerTookItForAPerson()
    {
        var doc = EntityPipeline.Run("k", "Sunrise Formulations Ltd makes the drug in Hyderabad. Sunrise managing director V. K. Reddy said every rule was followed.");
        var company = Assert.Single(doc.Entities, e => e.Name == "Sunrise Formulations Ltd");
        Assert.Contains("Sunrise", company.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Sunrise");
    }

    [Fact]
    public void ALegalSuffix_DoesNotMakeAnotherBody()
    {
        var doc = EntityPipeline.Run("fc", "Wexford Rovers FC have been sold. Wexford Rovers appointed a manager on Tuesday.");
        Assert.Single(doc.Entities, e => e.Name.StartsWith("Wexford Rovers", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryBeforeAKnownBody_IsTheBody()
    {
        var doc = EntityPipeline.Run("fda", "The US Food and Drug Administration (FDA) said the impurity was found. The FDA said patients should keep taking it.");
        var fda = Assert.Single(doc.Entities, e => e.Aliases.Contains("FDA"));
        Assert.Contains("US Food and Drug Administration", fda.Aliases);
    }

    [Fact]
    public void APartOfALongerNameInTheSameArticle_IsThatPerson()
    {
        var doc = EntityPipeline.Run("rf", "Wexford Rovers appointed Javier Ruiz de la Fuente as manager. Ruiz de la Fuente, 46, coached in Portugal.");
        var coach = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Javier Ruiz de la Fuente", coach.Name);
        Assert.Equal(2, coach.MentionCount);
    }

    [Fact]
    public void ShorterFormsOfADoubleSurname_AcrossArticles_AreOnePerson()
    {
        var first = EntityPipeline.Run("e1", "Former senator María Fernanda Ochoa Villalobos won 38 percent, and Andrés Felipe Castaño Rojas took 31 percent.");
        var second = EntityPipeline.Run("e2", "Two candidates endorsed Andrés Felipe Castaño on Monday before his runoff against María Fernanda Ochoa.");
        var third = EntityPipeline.Run("e3", "Ochoa took 51.8 percent against 48.2 percent for Castaño Rojas, who conceded late on Sunday.");
        var merged = EntityMerger.Merge([first, second, third]);
        Assert.Equal(2, merged.Entities.Count(e => e.Type == EntityType.Person));
        var castano = Assert.Single(merged.Entities, e => e.Name == "Andrés Felipe Castaño Rojas");
        Assert.Contains("Castaño Rojas", castano.Aliases);
        Assert.Contains("Andrés Felipe Castaño", castano.Aliases);
    }

    [Fact]
    public void AnArabicSurnameOpeningASentence_IsThePerson()
    {
        var doc = EntityPipeline.Run("an", "The club was bought by Sheikh Faisal bin Rashid al-Nuaimi. Al-Nuaimi was in Dublin for the announcement.");
        var sheikh = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("Al-Nuaimi", sheikh.Aliases);
    }

    [Fact]
    public void AnIndianStateIsAPlace_AndMalacanangStandsForThePhilippines()
    {
        var doc = EntityPipeline.Run("tn", "Tamil Nadu's transport minister said the state would appeal. President Emilio Macaraeg spoke from Malacañang.");
        Assert.Contains(doc.Entities, e => e.Name == "Tamil Nadu" && e.Type == EntityType.Loc);
        Assert.Contains(doc.Entities, e => e.Name == "Philippines" && e.Aliases.Contains("Malacañang"));
    }

    [Fact]
    public void CapitalsInBracketsAfterABody_AreItsAcronymInItsOwnLanguage()
    {
        var doc = EntityPipeline.Run("bsi", "The Federal Office for Information Security (BSI) sent a team. Plattner said the BSI had found the servers.");
        var office = Assert.Single(doc.Entities, e => e.Name == "Federal Office for Information Security");
        Assert.Contains("BSI", office.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "BSI");
    }

    [Fact]
    public void ANationalRedCross_IsNotTheInternationalCommittee()
    {
        var doc = EntityPipeline.Run("rc", "The Philippine Red Cross said it had sent 20 trucks of supplies.");
        Assert.Contains(doc.Entities, e => e.Name == "Philippine Red Cross" && e.LinkedTo == "Philippines");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("International Committee", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyNamedInFull_TakesItsShortName()
    {
        var doc = EntityPipeline.Run("sc", "Indian Supreme Court strikes down ban\n\nThe Supreme Court of India on Wednesday struck down a state law.");
        var court = Assert.Single(doc.Entities, e => e.Type == EntityType.Org);
        Assert.Equal("Supreme Court of India", court.Name);
        Assert.Equal(2, court.MentionCount);
    }

    [Fact]
    public void TheSameOneWordName_InTwoArticles_IsOnePerson_WhenNoFullerNameClaimsIt()
    {
        var first = EntityPipeline.Run("o1", "The agency's head, Suharyanto, said rescuers were searching for survivors.");
        var second = EntityPipeline.Run("o2", "Suharyanto said 14,000 people were staying in tents.");
        var merged = EntityMerger.Merge([first, second]);
        Assert.Equal(2, Assert.Single(merged.Entities, e => e.Name == "Suharyanto").MentionCount);
    }

    [Fact]
    public void ATitleBeforeTheCommaAndATitleOfAddress_AreBothRoles()
    {
        var doc = EntityPipeline.Run("dr", "The company's chief medical officer, Dr. Omar al-Farouq, said the risk was very low.");
        var doctor = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("company's chief medical officer", doctor.Roles);
        Assert.Contains("Dr.", doctor.Roles);
    }

    [Fact]
    public void AVerbOfSaying_IsNoPartOfATitle()
    {
        var doc = EntityPipeline.Run("vs", "The Kremlin said President Putin had accepted an invitation to visit.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.DoesNotContain(person.Roles, r => r.Contains("said"));
    }

    [Fact]
    public void APersonNounOpeningTheSentence_IsTheRole()
    {
        var doc = EntityPipeline.Run("pn", "Lawyer Peter Ochieng, who represented the residents, welcomed the ruling.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("Lawyer", person.Roles);
    }

    [Fact]
    public void ANameTypedAPersonInOneReportAndACompanyInOthers_IsOneCompanyByTheWeightOfItsMentions()
    {
        var first = EntityReports.Report("s1", ("Fjordline Baltic", EntityType.Person, 3));
        var second = EntityReports.Report("s2", ("Fjordline Baltic", EntityType.Org, 2));
        var third = EntityReports.Report("s3", ("Fjordline Baltic", EntityType.Org, 2));
        var merged = EntityMerger.Merge([first, second, third]);
        var company = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Org, company.Type);
        Assert.Equal(7, company.MentionCount);
    }

    [Fact]
    public void AOneWordBody_JoinsTheOneLongerBodyItEnds_ButNotAHead()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("o1", ("Nordic Ferrylink", EntityType.Org, 2), ("Ferry Authority", EntityType.Org, 1)),
            EntityReports.Report("o2", ("Ferrylink", EntityType.Org, 1), ("Authority", EntityType.Org, 1))]);
        var company = Assert.Single(merged.Entities, e => e.Name == "Nordic Ferrylink");
        Assert.Contains("Ferrylink", company.Aliases);
        Assert.Contains(merged.Entities, e => e.Name == "Authority");
    }

    [Fact]
    public void APersonSpeltWithAndWithoutAccents_IsOnePerson_WithTheAccentedName()
    {
        var first = EntityPipeline.Run("p1", "Prime Minister Jonas Gahr Store said Oslo would respond.");
        var second = EntityPipeline.Run("p2", "Jonas Gahr Støre summoned the ambassador on Friday.");
        var merged = EntityMerger.Merge([first, second]);
        var person = Assert.Single(merged.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Jonas Gahr Støre", person.Name);
    }

    [Fact]
    public void ABodyWithItsCountry_JoinsTheSameBodyWithout_OnlyWhenOneCountryHasIt()
    {
        var first = EntityPipeline.Run("n1", "The Norwegian National Security Authority said it was investigating.");
        var second = EntityPipeline.Run("n2", "The National Security Authority said the attackers had used stolen passwords.");
        var body = Assert.Single(EntityMerger.Merge([first, second]).Entities, e => e.Type == EntityType.Org);
        Assert.Equal(2, body.MentionCount);

        var two = EntityMerger.Merge([EntityReports.Report("c1", ("Supreme Court", EntityType.Org, 2)),
            EntityReports.Report("c2", ("Supreme Court of Kenya", EntityType.Org, 1), ("US Supreme Court", EntityType.Org, 1))]);
        Assert.Equal(3, two.Entities.Count);
    }

    [Fact]
    public void ACountrysPossessiveBody_IsTheBodyOfThatCountry()
    {
        var kenya = EntityPipeline.Run("k1", "Kenya's Supreme Court on Monday blocked the permit. The Supreme Court said residents were not consulted.");
        var later = EntityPipeline.Run("k2", "Shares fell after the Supreme Court of Kenya blocked the permit.");
        var court = Assert.Single(EntityMerger.Merge([kenya, later]).Entities, e => e.Name.Contains("Supreme Court"));
        Assert.Equal("Supreme Court of Kenya", court.Name);
        Assert.Equal(3, court.MentionCount);
    }

    [Fact]
    public void AnAcronymTheArticleDefines_NamesItsBody_NotTheGazetteersNamesake()
    {
        var doc = EntityPipeline.Run("fsa", "The Food Standards Authority (FSA) said the recall was precautionary. The FSA said no one had fallen ill.");
        var body = Assert.Single(doc.Entities, e => e.Type == EntityType.Org);
        Assert.Equal("Food Standards Authority", body.Name);
        Assert.Contains("FSA", body.Aliases);
        Assert.Equal(3, body.MentionCount);
    }

    [Fact]
    public void ACapitalsNameBeforeAnotherRegion_IsANamesakeCity_NotTheCountry()
    {
        var doc = EntityPipeline.Run("tx", "The plant in Paris, Texas, will close next year.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "France");
        Assert.Contains(doc.Entities, e => e.Name == "Paris");
    }

    [Fact]
    public void ADatelineOfTwoWordsInCapitals_StandsForItsCountry()
    {
        var doc = EntityPipeline.Run("nd", "NEW DELHI - Heavy rains closed schools on Monday.");
        Assert.Contains("NEW DELHI", Assert.Single(doc.Entities, e => e.Name == "India").Aliases);
    }

    [Fact]
    public void AShortBodyName_JoinsTheOneFullNameWithDe()
    {
        var doc = EntityPipeline.Run("de", "Banco Norte de Navarra agreed to the sale. Banco Norte said staff would keep their jobs.");
        var bank = Assert.Single(doc.Entities);
        Assert.Equal("Banco Norte de Navarra", bank.Name);
        Assert.Contains("Banco Norte", bank.Aliases);
    }

    [Fact]
    public void AnAppositionNamingAnotherPerson_IsNoRoleOfTheNameBefore()
    {
        var doc = EntityPipeline.Run("ap2", "Ama Mensah spoke first. Another Mensah, the village's elected chief Kofi Mensah, said the well was dry.");
        Assert.Empty(Assert.Single(doc.Entities, e => e.Name == "Ama Mensah").Roles);
    }

    [Fact]
    public void AKnighthood_IsNoPartOfARole()
    {
        var doc = EntityPipeline.Run("sir", "Former chairman Sir Alan Finch said the sale was a mistake.");
        Assert.Equal(["Former chairman"], Assert.Single(doc.Entities, e => e.Name == "Alan Finch").Roles);
    }

    [Fact]
    public void TheFirstOfTwoSurnames_InALaterReport_IsThePerson()
    {
        var first = EntityPipeline.Run("s1", "Economy Minister Luis Ibarra Montes said the plan was sound.");
        var second = EntityPipeline.Run("s2", "Economy Minister Ibarra repeated that jobs must be protected.");
        var person = Assert.Single(EntityMerger.Merge([first, second]).Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Luis Ibarra Montes", person.Name);
        Assert.Equal(2, person.MentionCount);
    }

    [Fact]
    public void ANameTypedAPersonInOneReportAndAPlaceInAnother_IsOneEntity()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("l1", ("Rodrigo de la Peña", EntityType.Person, 2)), EntityReports.Report("l2", ("Rodrigo de la Peña", EntityType.Loc, 1))]);
        var person = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(3, person.MentionCount);
    }

    [Fact]
    public void AVerbBeforeFormer_IsNoPartOfTheTitle()
    {
        var doc = EntityPipeline.Run("fo", "Police charged former Kogi state governor Yahaya Bello with fraud.");
        Assert.Equal(["former Kogi state governor"], Assert.Single(doc.Entities, e => e.Type == EntityType.Person).Roles);
    }

    [Fact]
    public void ADesignateOrElectTitle_IsARole()
    {
        var doc = EntityPipeline.Run("el", "The president-elect, Mariam Toure, said the cabinet would be named soon.");
        Assert.Contains("president-elect", Assert.Single(doc.Entities, e => e.Name == "Mariam Toure").Roles);
    }

    [Fact]
    public void AOneWordPersonWhomOtherReportsNameAsAPlace_IsThePlace()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("t1", ("Tessalit", EntityType.Loc, 1)), EntityReports.Report("t2", ("Tessalit", EntityType.Loc, 1)),
            EntityReports.Report("t3", ("Tessalit", EntityType.Person, 1))]);
        var place = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Loc, place.Type);
        Assert.Equal(3, place.MentionCount);
    }


    [Fact]
    public void AClubsLastWordAlone_IsTheOneClubEndingWithIt()
    {
        var doc = EntityPipeline.Run("club", "Fans of Kelso Wanderers queued overnight. Wanderers sold out the ground for the final.");
        var club = Assert.Single(doc.Entities);
        Assert.Equal("Kelso Wanderers", club.Name);
        Assert.Contains("Wanderers", club.Aliases);
    }

    [Fact]
    public void ANordicLegalSuffix_IsNoPartOfTheCompanysKey()
    {
        var doc = EntityPipeline.Run("asa", "Greywater Salmon falls on lice outbreak. Shares in Greywater Salmon ASA fell 9 percent in Oslo on Monday.");
        Assert.Contains("Greywater Salmon ASA", Assert.Single(doc.Entities, e => e.Name == "Greywater Salmon").Aliases);
    }
}
