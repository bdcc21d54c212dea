using System.Text.RegularExpressions;

namespace Dossier.Time.Recognition;

/// <summary>The source-generated regular expressions that find candidate time expressions in one sentence.</summary>
/// <remarks>
/// Month and weekday names must be capitalised (so the modal "may" and the verb "march" are not months);
/// the other words match in any case. Each pattern is tried only on sentences that hold its cue.
/// </remarks>
internal static partial class TimePatterns
{
    private const string MonthFull = "January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
    private const string MonthAbbr = @"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?";
    private const string Month = "(?<month>" + MonthFull + "|" + MonthAbbr + ")";
    private const string WeekdayFull = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Weekday = @"(?<wd>" + WeekdayFull + @"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)";
    private const string Mod = @"(?:(?<mod>(?i:early|mid|late))(?:-|\s+)|(?<modp>(?i:(?:the\s+|at\s+the\s+)?(?:start|beginning|middle|end|turn|close)\s+of\s+(?:the\s+)?)))?";
    private const string Year4 = @"(?<year>(?:1[0-9]|20)[0-9]{2})(?![0-9])";
    private const string Day = @"(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9]|,[0-9]|\.[0-9])";
    private const string Unit = "(?<unit>(?i:seconds?|minutes?|hours?|days?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries))";
    /// <summary>A century's ordinal in words: "nineteenth", "twenty-first" (after "the", which each pattern checks).</summary>
    private const string CenturyWord = @"(?<ordw>(?i:twenty[\s-]+(?:first|second)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))";
    private const string Count = @"(?<n>[0-9]{1,3}(?:,[0-9]{3})*|(?i:half\s+an?|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+few|few|several|a\s+couple\s+of|couple\s+of|many|some|a\s+dozen|dozen)(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?)";

    /// <summary>"Monday, September 11", "June 14, 2024", "Nov 02, 2022", "Sept. 30", "March 5 last year".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:" + Weekday + @",?\s+)?" + Month + @"\s+" + Day + @"(?:(?:,\s*|\s+)" + Year4 + @"|\s+(?<yrel>(?i:last|this|next))\s+(?i:year)(?![\w]))?")]
    public static partial Regex MonthDayYear();

    /// <summary>"14 June", "the 3rd of May 2021", "Monday 11 September", "5 March last year".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:" + Weekday + @",?\s+)?(?:(?i:the)\s+)?" + Day + @"\s+(?:(?i:of)\s+)?" + Month + @"(?![\w])(?:,?\s+" + Year4 + @"|\s+(?<yrel>(?i:last|this|next))\s+(?i:year)(?![\w]))?")]
    public static partial Regex DayMonthYear();

    /// <summary>Days as ordinal words, as transcripts and formal documents write them: "the fifth of March", "the
    /// twenty-eighth of February, two thousand and twenty-five", "on the first of May 2024".</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+(?<dayw>(?i:(?:twenty|thirty)[\s-]+first|twenty[\s-]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\s+(?i:of)\s+" + Month + @"(?![\w])(?:,?\s+" + Year4 + @"|,?\s+(?i:two\s+thousand(?:\s+and)?\s+(?<yw>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w-]))|,?\s+(?<y2k>(?i:two\s+thousand))(?![\w-]|\s+(?i:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b))?")]
    public static partial Regex OrdinalWordDate();

    /// <summary>A month and its day as an ordinal word, as speech and transcripts say it: "March eighth", "June first",
    /// "Sunday, April twenty-second, 2026". Full month names only; no hyphen may follow ("May first-time buyers").</summary>
    [GeneratedRegex(@"(?<![\w.])(?:" + Weekday + @",?\s+)?(?<month>" + MonthFull + @")\s+(?<dayw>(?i:(?:twenty|thirty)[\s-]+first|twenty[\s-]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))(?![\w-])(?:,?\s+" + Year4 + ")?")]
    public static partial Regex MonthOrdinalWord();

    /// <summary>"September 7-10", "Sept. 7 to 10, 2023".</summary>
    [GeneratedRegex(@"(?<![\w.])" + Month + @"\s+(?<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s*(?:-|–|—|(?i:to|through|until|and))\s*(?<d2>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9\w])(?:,?\s+" + Year4 + ")?")]
    public static partial Regex MonthDayRange();

    /// <summary>The day-first form: "20 to 27 February", "3-5 March 2026", "between 10 and 12 May".</summary>
    [GeneratedRegex(@"(?<![\w.,:$£€#/-])(?<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s*(?:-|–|(?i:to|through|until|and))\s*(?<d2>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?" + Month + @"(?![\w])(?:,?\s+" + Year4 + ")?")]
    public static partial Regex DayMonthRange();

    /// <summary>"July 1997", "mid-August 2023", "early September".</summary>
    [GeneratedRegex(@"(?<![\w.])" + Mod + @"(?:(?<rel>(?i:last|next|this|past|coming|previous))\s+)?" + @"(?<month>" + MonthFull + @"|Sept\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?![\w])(?!\s+[0-3]?[0-9](?![0-9]))(?:,?\s+(?:(?i:of)\s+)?" + Year4 + @"|\s+(?<yrel>(?i:last|this|next))\s+(?i:year)(?![\w]))?")]
    public static partial Regex MonthYear();

    /// <summary>ISO dates: "2022-11-02", "2022-11-02T14:30".</summary>
    [GeneratedRegex(@"(?<![\w.-])(?<year>[0-9]{4})-(?<mon>[0-9]{2})-(?<day>[0-9]{2})(?:[T ](?<h>[0-9]{2}):(?<min>[0-9]{2}))?(?![\w-])")]
    public static partial Regex IsoDate();

    /// <summary>Numeric dates: "11/02/2022", "2/3/98", and the dotted day-first "05.03.2025" (four-digit year only, so
    /// "4.2.1" and "10.30" are not dates).</summary>
    [GeneratedRegex(@"(?<![\w./-])(?<a>[0-9]{1,2})(?:/(?<b>[0-9]{1,2})/(?<y>[0-9]{4}|[0-9]{2})|(?<dot>\.)(?<b>[0-9]{1,2})\.(?<y>(?:1[0-9]|20)[0-9]{2}))(?![\w/]|\.[0-9])")]
    public static partial Regex NumericDate();

    /// <summary>A four-digit year, possibly "fiscal 1998", "mid-2023", "the end of 1990", the year of "post-1959".</summary>
    [GeneratedRegex(@"(?:(?<=(?<![\w-])(?i:pre|post)-)|(?<![\w.,$£€#/-]|[0-9]-))" + Mod + @"(?:(?<fiscal>(?i:fiscal|FY))\s*)?" + Year4 + @"(?![\w%]|[.,:/-][0-9]|\s*(?:%|(?i:percent\b)))")]
    public static partial Regex Year();

    /// <summary>Decades: "the 1970s", "the '90s", "early 1990s".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?i:the)\s+)?" + Mod + @"(?:(?<cent>1[0-9]|20)(?<dec>[0-9])0|(?<=(?i:the|early|mid|late)[\s-]+)['’]?(?<short>[0-9])0|['’](?<short2>[0-9])0)(?:'s|’s|s)(?![\w])")]
    public static partial Regex Decade();

    /// <summary>Decades in words: "the nineties", "the early seventies" (the 1900s' decades; "the twenties" and "the thirties"
    /// are left out, as they now name this century's too).</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+" + Mod + @"(?<word>(?i:forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])(?!\s+(?i:degrees|percent|per\s+cent|Fahrenheit|F)\b)")]
    public static partial Regex DecadeInWords();

    /// <summary>Centuries: "the 20th century", "the nineteenth century", "this century".</summary>
    /// <remarks>A century in words only after "the" ("its second century" is no date): the conditional asks whether "the" was matched.</remarks>
    [GeneratedRegex(@"(?<![\w.])(?<the>(?i:the)\s+)?" + Mod + @"(?:(?<ord>[0-9]{1,2})(?:st|nd|rd|th)|(?(the)" + CenturyWord + @"|(?!))|(?<rel>(?i:this|last|next|past|current)))[\s-]+(?i:century)(?![\w])")]
    public static partial Regex Century();

    /// <summary>"the last decade of the 19th century", "the first decade of the twentieth century": a decade counted within a century.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+(?<ord>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|closing|opening))\s+(?i:decade)\s+(?i:of)\s+(?i:the)\s+(?:(?<cent>[0-9]{1,2})(?:st|nd|rd|th)|" + CenturyWord + @")[\s-]+(?i:century)(?![\w])")]
    public static partial Regex DecadeOfCentury();

    /// <summary>"the turn of the century", "the turn of the 20th century": the years around a century's first year.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+turn\s+of\s+the\s+(?:(?<ord>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+)?century)(?![\w])")]
    public static partial Regex TurnOfCentury();

    /// <summary>"the first week of November", "the last week of May 2025": a numbered week of a month.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+)?(?<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of|in)\s+(?<month>" + MonthFull + @"|Sept\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?![\w])(?:,?\s+" + Year4 + ")?")]
    public static partial Regex WeekOfMonth();

    /// <summary>"the second half of August", "the first ten days of July 2026", "the last few days of May": a part of a month
    /// at one of its edges, one expression with the month (the half or count alone would be a half-year or a length).</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+)?(?:(?<half>(?i:first|second|last|latter))\s+(?i:half)|(?<edge>(?i:first|last|final|closing|opening))\s+(?<n>(?i:few|two|three|four|five|six|seven|eight|nine|ten|fifteen|[2-9]|1[0-5]))\s+(?i:days))\s+(?i:of|in)\s+(?<month>" + MonthFull + @"|Sept\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?![\w])(?:,?\s+" + Year4 + ")?")]
    public static partial Regex PartOfMonth();

    /// <summary>A clock range whose first end takes the second's a.m. or p.m.: "between 2 and 4 p.m.", "9 to 11:30 a.m.", "2-4 pm".</summary>
    [GeneratedRegex(@"(?<![\w.:$£€,-])(?<h1>[01]?[0-9])(?::(?<m1>[0-5][0-9]))?\s*(?<sep>-|–|(?i:to|and|until|till))\s*(?<h>[01]?[0-9])(?::(?<min>[0-5][0-9]))?\s*(?<ampm>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m))(?![a-zA-Z])(?:\s+(?<tz>GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|PT|BST|CET|CEST|KST|JST|MSK))?")]
    public static partial Regex ClockRange();

    /// <summary>More days of the month just named: ", 8 and 10" or " and 10" after "April 7"; ", 2026" may follow the last.</summary>
    [GeneratedRegex(@"\G(?:,\s*(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9]))*,?\s+(?:and|or)\s+(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![\w.,:%-][0-9]|[\w%])(?:,\s*" + Year4 + ")?")]
    public static partial Regex DayList();

    /// <summary>Days listed before a day-first date, matched up to the date: "2 and " in "2 and 3 December", "4, 5 and " in "4, 5 and 6 May".</summary>
    [GeneratedRegex(@"(?<![\w.,:$£€#/-])(?:(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?,\s*)*(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?:and|or)\s+$")]
    public static partial Regex DayListBefore();

    /// <summary>Weekdays: "Friday", "last Monday", "this coming Sunday", "Wednesday night", "Sundays", "early Monday", "late on Friday", "dawn on Saturday",
    /// "the early (small) hours of Friday", "Monday week" (British) and "Monday after next": a week after the coming Monday.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?:(?i:the)\s+)?(?<mod>(?i:early|small|wee))\s+(?i:hours)\s+(?i:of|on)\s+(?=[A-Z])|(?<mod>(?i:early|late))\s+(?:(?i:on)\s+)?(?=[A-Z])|(?<pod>(?i:dawn|dusk|daybreak|nightfall|sunrise|sunset))\s+(?i:on)\s+(?=[A-Z]))?(?:(?i:this)\s+(?=(?i:coming|past)\s))?(?:(?<rel>(?i:last|next|this|past|coming|previous))\s+)?(?<wd>" + WeekdayFull + @")(?<plural>s)?(?:\s+(?<pod>(?i:morning|afternoon|evening|night))|(?<week>\s+week|\s+(?i:after\s+next))(?![\w'’-]))?(?![\w])")]
    public static partial Regex WeekdayName();

    /// <summary>Weekdays counted from the story's own last day: "the following Tuesday", "the previous Friday"; not when
    /// the date follows ("the following Tuesday, Nov. 18": that date says the day).</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+(?<rel>following|previous|preceding))\s+(?<wd>" + WeekdayFull + @")(?![\w])(?!,?\s+(?:" + MonthFull + "|" + MonthAbbr + @")\s+[0-3]?[0-9](?![0-9]))")]
    public static partial Regex StoryWeekday();

    /// <summary>Single words for days and the present, past and future: "yesterday", "now", "recently", "soon".</summary>
    [GeneratedRegex(@"(?<![\w.-])(?<w>(?i:yesterday|today|tomorrow|tonight|now|currently|nowadays|recently|lately|soon|presently|current))(?![\w-])")]
    public static partial Regex ReferenceWord();

    /// <summary>Multi-word references: "in the coming days", "the past", "the future", "recent years", "in past years", "in years
    /// past", "the past fortnight", "the day before yesterday", "(until) further notice" (an open end ahead, as TimeBank writes
    /// "a later date").</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:(?<span>(?:the\s+)?(?:next|coming)\s+(?:few|several|couple\s+of)\s+(?<unit>days|weeks|months|years|decades)|the\s+(?<unit>days|weeks|months|years)\s+ahead)|(?<future>(?:the\s+)?(?:coming|following)\s+(?:hours|days|weeks|months|years|decades)|(?:the\s+)?(?:near|distant|foreseeable|immediate)\s+future|the\s+future|the\s+years\s+to\s+come|the\s+(?:near|short)\s+term|(?:future|coming)\s+quarters|(?<=(?<![\w-])(?:until|till|pending)\s+)further\s+notice)|(?<fortnight>the\s+(?:past|last|next|coming|previous|following)\s+fortnight)|(?<past>the\s+past(?!\s+(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|few|several|couple|dozen|many|fortnight)\b))|recent\s+(?:days|weeks|months|years|decades|times)|the\s+(?:recent|distant)\s+past)|(?<pastyears>past\s+(?:weeks|months|years|decades)|years\s+past)|(?<present>at\s+present|the\s+present|these\s+days|right\s+now)|(?<dby>the\s+day\s+before\s+yesterday)|(?<dat>the\s+day\s+after\s+tomorrow))(?![\w])")]
    public static partial Regex ReferencePhrase();

    /// <summary>Times far back in round numbers, which no calendar year can write: "4.5 billion years ago", "some 66 million
    /// years ago", "millions of years ago", "tens of thousands of years ago".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<q>(?i:about|around|nearly|almost|some|more\s+than|less\s+than|over|roughly|at\s+least|up\s+to|perhaps|an\s+estimated))\s+)?(?<n>[0-9]{1,4}(?:\.[0-9]{1,3})?\s+(?<big>(?i:thousand|million|billion))|(?i:(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|millions|billions)(?:\s+of\s+(?:thousands|millions))?)\s+of)\s+(?i:years)\s+(?i:ago)(?![\w])")]
    public static partial Regex DeepAgo();

    /// <summary>A season of play or of business with no season of the year named: "this season", "last season", "at the end of the
    /// season", "the start of next season"; "the 2024-25 season" and "the rainy season" are other patterns or none.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<edge>(?i:(?:the\s+)?(?:start|beginning|middle|end|close)\s+of))\s+(?:(?i:the)\s+)?(?:(?<rel>(?i:this|last|next|current|previous|coming))\s+)?|(?:(?i:the)\s+)?(?<rel>(?i:this|last|next|current|previous|coming))\s+)(?i:season)(?![\w-])")]
    public static partial Regex PlaySeason();

    /// <summary>Units named relative to now: "last month", "this year", "earlier this week", "late last year", "the past year", "the end of next month",
    /// "early in the new year".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<edge>(?i:earlier|later|early|late|mid))(?:\s+|-)(?:(?i:in\s+))?|(?<modp>(?i:(?:the\s+)?(?:start|beginning|middle|end|close)\s+of\s+)))?(?:(?i:the)\s+)?(?:(?<rel>(?i:last|next|this|past|coming|current))\s+(?<unit>(?i:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))(?![\w])|(?<=(?<![\w-])(?i:the)\s+)(?<newyear>(?i:new))\s+(?<unit>(?i:year))(?![\w'’-])(?=\s*(?:[.,;:!?)""”]|$)|\s+(?i:and|but|or|when|while|as|at|in|on|with|to|by|for|after|before|if|once|is|was|will|would|begins|began|starts|started|approaches|arrives|gets|got)\b))")]
    public static partial Regex RelativeUnit();

    /// <summary>Offsets from now: "two years ago", "a week earlier", "three months later", "in three weeks' time"; "forty years ago this week" (that week, so many years back).</summary>
    [GeneratedRegex(@"(?<![\w.]|[0-9],)(?:(?<q>(?i:about|around|nearly|almost|some|more\s+than|less\s+than|over|roughly|just|only|at\s+least))\s+)?" + Count + @"[\s-]+" + Unit + @"(?:\s+(?:(?i:or\s+so)\s+)?(?<dir>(?i:ago|earlier|later|before|after|from\s+now|from\s+today|hence|prior))|(?<dir>['’]s?\s+(?i:time)))(?:(?<=(?i:years?|decades?|centur(?:y|ies))\s+(?i:ago))\s+(?<same>(?i:this\s+week|this\s+month|today)))?(?![\w])")]
    public static partial Regex Ago();

    /// <summary>Lengths of time: "two weeks", "the past three years", "a 10-year", "the first nine months", "24 hours", "eight trading days",
    /// "two consecutive quarters";
    /// not a rate step ("two quarter-point cuts", "a half point") nor the first part of a compound ("a second-place finish").</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<det>(?i:the|a|an))\s+)?(?:(?<rel>(?i:past|last|next|first|previous|coming|following|final|initial|latest|recent|full|entire|whole))\s+)?" + Count + @"(?<half>\s+1/2|\s*½|\s+(?i:and\s+a\s+half))?(?:[\s-]+|\s+(?i:more|additional|further|extra)\s+)(?:(?i:trading|business|working|school)\s+(?=(?i:days?|weeks?)\b)|(?i:consecutive|straight|successive)\s+)?" + Unit + @"(?:-(?i:long|old))?(?!-\w)(?:(?<half2>\s+(?i:and\s+a\s+half))|(?<quarter2>\s+(?i:and\s+a\s+quarter)))?(?![\w])(?![\s-]+(?i:point|points|percentage)\b)")]
    public static partial Regex Duration();

    /// <summary>"a quarter of an hour", "three quarters of an hour": fifteen or forty-five minutes, not a calendar quarter.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<one>(?i:a|one))\s+(?i:quarter)|(?i:three)\s+(?i:quarters))\s+(?i:of\s+an)\s+(?i:hour)(?![\w'’-])")]
    public static partial Regex QuarterHour();

    /// <summary>A length as a compound adjective with no count: "a day-long meeting" (one day), "a months-long inquiry" (some
    /// months). The article belongs to the noun, as TimeML marks it. Not decades or centuries: TimeBank writes their vague
    /// lengths in letters Dossier does not (`PXY`, `PXE` for "decades-long", "centuries"), which cost the held-out exact figure.</summary>
    [GeneratedRegex(@"(?<![\w-])(?<unit>(?i:minutes?|hours?|days?|weeks?|months?|years?))-(?i:long)(?![\w-])")]
    public static partial Regex LengthAdjective();

    /// <summary>A range of lengths: "three to six months", "two or three weeks", "3-6 months", "the next 12 to 18 months".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<rel>(?i:the\s+(?:next|past|last|coming|following|first)))\s+)?(?<n1>[0-9]{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty))(?:\s+(?i:to|or)\s+|\s*[-–]\s*)(?<n2>[0-9]{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|twenty-four|thirty|forty|forty-eight|fifty|sixty|seventy-two|ninety))[\s-]+" + Unit + @"(?![\w-])")]
    public static partial Regex DurationRange();

    /// <summary>"overnight": the night before the story's day (or of a day told as an evening or night).</summary>
    [GeneratedRegex(@"(?<![\w.-])(?i:overnight)(?![\w-])(?!\s+(?i:rates?|lending|loans?|repo|deposits?|index|interest|success|sensation|star|bags?|delivery|shipping|stays?|trips?|camps?|guests?|visitors?|parking|oats)\b)")]
    public static partial Regex Overnight();

    /// <summary>Vague lengths: "for years", "over decades", "for months", and the stretch after a told event, "in the years that
    /// followed" (only the unit is the expression, as TimeBank marks it).</summary>
    [GeneratedRegex(@"(?<=(?i:\bfor|\bover|\bin|\bwithin|\btook|\btakes|\blasted)\s+)(?<unit>(?i:years|months|weeks|days|decades|hours|minutes))(?![\w])|(?<=(?i:\bin|\bduring|\bover)\s+(?i:the)\s+)(?<unit>(?i:years|months|weeks|days|decades))(?=\s+(?i:that|which)\s+(?i:followed|came|ensued)(?![\w]))")]
    public static partial Regex VagueDuration();

    /// <summary>The opening or closing stretch of something: "the first hours of the offensive", "the last years of his life"
    /// (a pattern of its own, so its leading "the" does not widen the search of <see cref="VagueDuration"/>).</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:the)\s+(?i:first|last|final|opening|closing)\s+(?<unit>(?i:hours|days|weeks|months|years))(?=\s+(?i:of)\s)")]
    public static partial Regex EdgeStretch();

    /// <summary>Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1998", "the first half",
    /// "the second half of the year", "the first two quarters of 1990" (a half).</summary>
    [GeneratedRegex(@"(?<![\w.])" + Mod + @"(?:(?i:the)\s+)?(?:(?i:fiscal)\s+)?(?:" + Year4 + @"\s+)?(?:(?<thisyear>(?i:this\s+year's|last\s+year's|next\s+year's))\s+)?(?:(?<ago>(?i:year-ago|year-earlier|year-before|prior-year|year-prior))\s+(?=(?i:first|second|third|fourth|1st|2nd|3rd|4th)))?(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|year-ago|year-earlier|previous|preceding|prior|same))[\s-]+(?:(?<pair>(?i:two))\s+)?(?:(?i:fiscal)\s+)?(?<what>(?i:quarter|half|period))(?<plural>s)?(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:" + Year4 + @"|(?<ofyear>(?i:the|this|next|last))\s+(?i:year)(?![\w'-])))?(?![\w])")]
    public static partial Regex Quarter();

    /// <summary>A quarter named by its first and last months: "the July-September quarter", "the April to June quarter",
    /// "the October-December quarter of 2025"; <see cref="TimeRecognizer"/> checks that the months open and close one quarter.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?i:the)\s+)?(?<month>" + MonthFull + @")\s*(?:-|–|/|\s(?i:to)\s)\s*(?<month2>" + MonthFull + @")\s+(?:(?i:fiscal)\s+)?(?i:quarter)(?![\w-])(?:\s+(?i:of)\s+" + Year4 + ")?")]
    public static partial Regex MonthSpanQuarter();

    /// <summary>What a quarter or half is "of", read after the match: "of the season", "of this year", "of fiscal 1990".</summary>
    [GeneratedRegex(@"\G\s+(?i:of)\s+(?:(?i:the|its|his|her|their|our|a|that)\s+)?(?<w>[A-Za-z]+)")]
    public static partial Regex PartOf();

    /// <summary>Quarters and halves in analysts' shorthand: "Q2", "Q4 2024", "H1 2025".</summary>
    [GeneratedRegex(@"(?<![\w.$£€/-])(?:(?<what>Q)(?<ord>[1-4])|(?<what>H)(?<ord>[12]))(?:\s+" + Year4 + @")?(?![\w%/-]|\.[0-9])")]
    public static partial Regex QuarterCode();

    /// <summary>The quarter being reported on: "the quarter", "the latest quarter", "the recent quarter"; "the quarter a year ago", "the same quarter last year".</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+(?:(?:latest|recent|most\s+recent)\s+)?(?:fiscal\s+)?quarter|the\s+same\s+(?:fiscal\s+)?quarter(?=\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)))(?<ago>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))?(?![\w-])")]
    public static partial Regex BareQuarter();

    /// <summary>"year-ago" and "year-earlier" as adjectives of results ("the year-ago results"), not of a named period.</summary>
    [GeneratedRegex(@"(?<![\w.-])(?i:year-ago|year-earlier)(?![\w-])(?!\s+(?i:quarter|period|first|second|third|fourth|fiscal|half|nine|six|three|twelve|1st|2nd|3rd|4th|\d))")]
    public static partial Regex YearAgoAdjective();

    /// <summary>A year's reported quarter: "the 1988 quarter", "the year-ago period" handled by <see cref="Quarter"/>; here "the 1989 period".</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+" + Year4 + @"\s+(?i:(?:fiscal\s+)?(?:quarter|period))(?![\w-])")]
    public static partial Regex YearQuarter();

    /// <summary>Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand" (the whole
    /// phrase, as TimeML marks it).</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:(?<c19>nineteen)[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?<ones>one|two|three|four|five|six|seven|eight|nine))?|the\s+year\s+(?<y2k>two\s+thousand)|(?<y2k>two\s+thousand(?=\s*[.,;:?!]|\s*$)))(?![\w-])")]
    public static partial Regex YearInWords();

    /// <summary>The year being reported on: "for the year", "the fiscal year ended March 31" (and "the year to February", "the
    /// fiscal year starting July 1", twelve months from a day), "earlier in the year", "in the current fiscal year", "a high for the year of $42".</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+current\s+(?:fiscal\s+)?year(?![\w-])|the\s+(?:(?:full|fiscal|entire|whole)\s+){0,2}year(?![\w-])(?!\s+(?:[0-9]|(?i:two|nineteen|of(?!\s+[$£€#])|before|after|that|when|in\s+which)\b)))(?<ended>(?=\s+(?i:ended|ending|that\s+ended|(?:starting|beginning|that\s+(?:starts|begins|started|began))(?=\s+(?:on\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9])|to(?=\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)))\b))?")]
    public static partial Regex TheYear();

    /// <summary>Years and months named from the story's own last date: "that year", "later that year", "the following month",
    /// "the year before" standing alone ("up from 47,000 the year before").</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?:(?<edge>(?i:earlier|later))\s+(?:(?i:in)\s+)?)?(?<rel>(?i:that|the\s+following|the\s+previous|the\s+same))\s+(?<unit>(?i:year|month))(?![\w-])|(?i:the\s+(?<unit>year|month)\s+(?<side>before))(?=\s*(?:[.,;:!?)""”]|$)|\s+(?:and|but|when|while|as|at|in|with|to|by)\b))")]
    public static partial Regex ThatYear();

    /// <summary>Days and weeks named from the story's own last day: "the previous day", "the next morning", "that night",
    /// "in / by the afternoon" (of that day), "by mid-afternoon", "since early afternoon", "By morning," (a bare part of the day after a
    /// preposition of time, not "after morning prayers"), "late in the evening", "at dawn", "in morning trade" (not "in early trade": "early" or "late" alone before a noun that names no time is no time), "earlier in the day", "the following week", "the previous weekend", and "the day before" / "the week after" standing alone (before a date or an event they belong to <see cref="TimeRecognizer"/>'s day shift).</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<rel>(?i:the\s+(?:previous|following|next|same)|that|(?:earlier|later)\s+(?:in\s+the|that)))\s+(?<unit>(?i:day|week|morning|afternoon|evening|night))|(?<rel>(?i:the\s+(?:previous|following|preceding)))\s+(?<unit>(?i:weekend))|(?i:the\s+(?<unit>day|week)\s+(?<side>before|after))(?=\s*(?:[.,;:!?)""”]|$)|\s+(?:and|but|when|while|as|at|in|with|to|by)\b)|(?<=(?<![\w-])(?i:in|during|by)\s+)(?<rel>(?i:the))\s+(?<unit>(?i:morning|afternoon|evening))(?=\s*(?:[.,;:!?)""”]|$)|\s+(?:and|but|when|while|as|before|after|with|to)\b)|(?<=(?<![\w-])(?i:at|before|after|by|until|till|from)\s+)(?<unit>(?i:dawn|dusk|daybreak|nightfall|sunrise|sunset))(?!\s+(?i:on|of)\s)|(?<=(?<![\w-])(?i:in|during|by|until|till|at|before|after|from|around|since)\s+)(?<mid>(?i:mid))(?:-|\s+)?(?<unit>(?i:morning|afternoon|evening))(?!\s+(?i:trade|trading)(?![\w-]))|(?<pedge>(?i:early|late))\s+(?i:in\s+the)\s+(?<unit>(?i:morning|afternoon|evening))(?<bare>)(?!\s+(?i:of|trade|trading|session|news|papers?|shift)(?![\w'’-]))|(?<=(?<![\w-])(?i:by|since|until|till|before|after|toward|towards)\s+)(?<bare>)(?:(?<pedge>(?i:early|late))\s+)?(?<unit>(?i:morning|afternoon|evening))(?=\s*(?:[.,;:!?)""”]|$)|\s+(?i:and|but|or|when|while|as|before|after|with|to|on|the|a|an|it|he|she|they|we|there|its|his|her|their|our|all|most|some|many|much|no|only|every|each|both|few|several|more)(?![\w'’-])|\s+I\s)|(?<=(?<![\w-])(?i:in|during)\s+)(?<unit>(?i:morning|afternoon|midday|evening))(?=\s+(?i:trade|trading)(?![\w-])))(?![\w-])")]
    public static partial Regex StoryDay();

    /// <summary>"the day after his death", "the day before the election": the day next to an event (whether the story dated it
    /// is the annotator's to say); only "the day" is the expression, as TimeBank marks it.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+(?i:day)(?=\s+(?<side>(?i:before|after))\s+(?i:the|his|her|their|its)\s)")]
    public static partial Regex EventDay();

    /// <summary>"in the days before the shooting", "during the weeks after the vote": only "days" / "weeks" is the expression,
    /// as TimeBank marks it (the look back for "in the" comes after the word, so the search starts from the word).</summary>
    [GeneratedRegex(@"(?<![\w-])(?<unit>(?i:days|weeks))(?<=(?<![\w-])(?i:in|during|over)\s+(?i:the)\s+(?:(?i:final|last|first|few)\s+)?(?i:days|weeks))(?=\s+(?i:before|after|following)\s+(?i:the|his|her|their|its)\s)")]
    public static partial Regex EventStretch();

    /// <summary>"until then", "by then": the time the story last named. Not "since then", which TimeBank leaves unmarked
    /// (three of three on the train part) and which opens a stretch up to now rather than naming a time.</summary>
    [GeneratedRegex(@"(?<=(?<![\w-])(?i:until|till|by)\s+)(?i:then)(?![\w-])")]
    public static partial Regex ThenAfterPreposition();

    /// <summary>Year ranges written with a dash: "2020-2022", "2019–20"; with a slash only for two years running, as seasons and
    /// fiscal years are written ("the 2024/25 season").</summary>
    [GeneratedRegex(@"(?<![\w.,$£€#/-])(?<y1>(?:1[89]|20)[0-9]{2})(?:\s*[-–]\s*|(?<slash>/))(?<y2>(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![\w%/-]|[.,][0-9])")]
    public static partial Regex YearRange();

    /// <summary>"on the 14th": a day of the month the story is in, without the month's name.</summary>
    [GeneratedRegex(@"(?<=(?i:\bon|\bby|\buntil|\bsince|\bbefore|\bafter|\bfrom)\s+)(?i:the)\s+(?<day>[1-3]?[0-9])(?:st|nd|rd|th)(?![\w])(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|when|while|as|at|in|with|to|,)\b)")]
    public static partial Regex OrdinalDay();

    /// <summary>The edge of the unit being written in: "by the end of the year", "at the start of the month", "for the rest of
    /// the week", "in the last days of the month"; "the middle of the decade" (the decade the story last named, see <see cref="TimeAnnotator"/>).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<modp>(?i:(?:the\s+)?(?:start|beginning|middle|end|close|rest|remainder|(?:first|opening|last|final|closing)\s+(?:days|weeks|months))\s+of\s+the\s+))(?<unit>(?i:year|quarter|month|week|decade|century))(?![\w-])")]
    public static partial Regex EdgeOfUnit();

    /// <summary>"the last Sunday of the month", "the first Monday in March", "the third Thursday of next month": a weekday
    /// counted within a month.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+(?<ord>(?i:first|second|third|fourth|last|final))\s+" + Weekday + @"\s+(?i:of|in)\s+(?:(?<rel>(?i:the|this|next|last))\s+(?i:month)|" + Month + @"(?:,?\s+" + Year4 + @")?)(?![\w])")]
    public static partial Regex WeekdayOfMonth();

    /// <summary>"the first weekend of August", "the last weekend in May 2027", "the second weekend of next month": a weekend
    /// counted within a month by its Saturday.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the)\s+(?<ord>(?i:first|second|third|fourth|last|final))\s+(?i:weekend)\s+(?i:of|in)\s+(?:(?<rel>(?i:the|this|next|last))\s+(?i:month)|" + Month + @"(?:,?\s+" + Year4 + @")?)(?![\w])")]
    public static partial Regex WeekendOfMonth();

    /// <summary>"this time last year", "this time next year", "this time a year ago": about the same day a year back or ahead.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:this\s+time\s+(?:(?<rel>last|next)\s+year|a\s+year\s+ago))(?![\w-])")]
    public static partial Regex ThisTimeOfYear();

    /// <summary>"the weekend before last", "the week before last": two units back; "the week after next": two ahead.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+(?<unit>weekend|week|month|year)\s+(?:before\s+last|(?<ahead>after\s+next)))(?![\w-])")]
    public static partial Regex BeforeLast();

    /// <summary>"It's the second day of the offensive", "today is the eighth day of Desert Shield": the day the sentence
    /// stands on (yesterday's or tomorrow's when it names them), counted within a run of days it names.</summary>
    [GeneratedRegex(@"(?<=(?<![\w-])(?<rel>(?i:it's|it’s|it\s+is|today\s+is|tomorrow\s+is|tomorrow\s+will\s+be|yesterday\s+was))\s+)(?i:the)\s+(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[0-9]{1,3}(?:st|nd|rd|th))\s+(?i:day)(?=\s+(?i:of)\s)")]
    public static partial Regex DayOfRun();

    /// <summary>"the weekend", "this weekend" handled by <see cref="RelativeUnit"/>; not "the weekend of May 9-10", whose dates say the days.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+weekend)(?![\w-])(?!\s+of\s+[A-Z0-9])")]
    public static partial Regex TheWeekend();

    /// <summary>"by midweek", "until mid-week": the middle of a week (the resolver picks which by the tense); not "a midweek
    /// match". An adverb after a verb is the same middle ("Shares slid midweek before recovering") when a stop, a comma or a
    /// linking word follows and no determiner stands before it.</summary>
    [GeneratedRegex(@"(?<=(?<![\w-])(?i:by|until|till|from|since|at|before|after|around|in)\s+)(?i:mid-?week)(?![\w-])(?!\s+(?i:match|matches|game|games|fixture|fixtures|clash|flight|flights|service|services)\b)|(?<=[a-z]\s)(?<!(?<![\w-])(?i:a|an|the|this|that|its|their|his|her|our|my|your|every|each)\s)(?i:mid-?week)(?=\s*[.,;:!?]|\s+(?i:before|after|and|but|as|when|amid|following|then)\b)")]
    public static partial Regex Midweek();

    /// <summary>Seasons: "last fall", "this summer", "the winter of 1999", "spring 2023", "the start of (the) winter", "that winter".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<edge>(?i:(?:the\s+)?(?:start|beginning|middle|end)\s+of))\s+(?=(?i:the\s+)?(?:spring|summer|autumn|winter|fall)\b))?(?:(?<rel>(?i:last|next|this|past|coming|early|late|mid|the|that))[\s-]+)?(?<season>(?i:spring|summer|autumn|winter)|[Ff]all)(?:\s+(?:(?i:of)\s+)?" + Year4 + @")?(?![\w])")]
    public static partial Regex Season();

    /// <summary>Clock times: "10:30 a.m.", "3 pm", "12.30pm", "12:26 PM", "14:00 GMT", "6 a.m. Pacific" (a zone in words only
    /// after a.m. or p.m.; not "3 pm Central Park"), "noon", "4 in the morning", "10 at night", a bare "9.05" before a
    /// capital or a dash (only a live page's stamp, which the recogniser checks: elsewhere it is a decimal),
    /// and the wires' four digits before a zone ("0742 GMT", "1430 local time"); not in brackets, where the wires restate
    /// a clock just given in another zone ("3:29 p.m. EST (2029 GMT)"), which is no time of its own.</summary>
    [GeneratedRegex(@"(?<![\w.:])(?:(?<h>[01]?[0-9]|2[0-3])(?:[:.](?<min>[0-5][0-9]))?\s*(?<ampm>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m))(?![a-zA-Z])|(?<h>[01]?[0-9]|2[0-3]):(?<min>[0-5][0-9])(?![0-9:])|(?<h>[01]?[0-9]|2[0-3])\.(?<min>[0-5][0-9])(?= (?:\p{Lu}|[—–|-] ))|(?<h>1[0-2]|[1-9])(?:\s+(?i:o'clock|o’clock))?\s+(?<dpod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))(?![\w])(?!\s+(?i:sessions?|shifts?|papers?|trade|trading)\b)|(?<noon>(?i:noon|midday|midnight))|(?<![(\[]\s*)(?<h>[01][0-9]|2[0-3])(?<min>[0-5][0-9])(?=\s+(?:GMT|UTC|BST|CET|CEST|MSK|(?i:local\s+time))(?![\w-])))(?:\s+(?<tz>GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|PT|BST|CET|CEST|KST|JST|MSK|(?<=(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)\s+)(?:Pacific|Eastern|Central|Mountain)(?:\s+[Tt]ime)?(?![\w-])(?!\s+\p{Lu})))?")]
    public static partial Regex Clock();

    /// <summary>Clock times in words, as transcripts and quoted speech give them: "ten o'clock", "half past six", "a quarter to
    /// nine", "7 o'clock", "at two in the morning"; a bare hour word without "o'clock", a fraction or a preposition of time
    /// and a part of the day is a count.</summary>
    [GeneratedRegex(@"(?<![\w'’-])(?:(?<frac>(?i:half|(?:a\s+)?quarter))\s+(?<dir>(?i:past|to))\s+(?<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+(?i:o'clock|o’clock))?|(?<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?<![0-9.,:]\s*)(?:1[0-2]|[1-9]))\s+(?i:o'clock|o’clock)|(?<=(?i:\b(?:at|by|until|till|around|about|after|before|since))\s+)(?<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?=\s+(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![\w'’-])(?!\s+(?i:sessions?|shifts?|papers?|trade|trading)\b)))(?:\s+(?<dpod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?(?![\w'’-])")]
    public static partial Regex WordClock();

    /// <summary>Parts of days: "this morning", "last night", "tonight", "yesterday afternoon".</summary>
    [GeneratedRegex(@"(?<![\w.])(?<rel>(?i:this|yesterday|tomorrow|last|early|late|that))\s+(?<pod>(?i:morning|afternoon|evening|night))(?![\w])")]
    public static partial Regex PartOfDay();

    /// <summary>Recurrences: "every year", "each week", "each July", "every summer", "daily", "twice a year", "every other day".</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:(?<every>every|each)\s+(?:(?<n>other|[0-9]{1,2}|two|three|four|five|six)\s+)?(?<unit>day|week|month|year|morning|night|evening|weekend|quarter|decade|hour|minute|days|weeks|months|years|hours|minutes|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|(?-i:January|February|March|April|May|June|July|August|September|October|November|December))|(?<adv>daily|weekly|monthly|annually|yearly|hourly|biweekly|nightly|biannually)|(?<times>once|twice|three\s+times|four\s+times|[0-9]+\s+times)\s+(?:a|an|per|each|every)\s+(?<unit2>day|week|month|year|decade|hour))(?![\w])")]
    public static partial Regex Set();

    /// <summary>The end of the year being written in, after a preposition: "by year-end", "by year's end", "around year end";
    /// "since year-end" is the last year's end.</summary>
    [GeneratedRegex(@"(?<=(?<prep>(?i:\bby|\bat|\baround|\bbefore|\buntil|\btill|\bthrough|\bsince))\s+)(?i:(?:the\s+)?year(?:-end|'s\s+end|\s+end))(?![\w-])")]
    public static partial Regex YearEnd();

    /// <summary>Holidays of fixed or rule-given date: "Thanksgiving Day", "last Christmas", "Election Day", "New Year's Eve",
    /// "Good Friday", "Easter Monday"; "New Year" alone before a stop or a function word ("between Christmas and New Year", not
    /// "a New Year message" nor "Lunar New Year").</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<rel>(?i:last|next|this))\s+)?(?<h>Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|(?<!(?i:happy|chinese|lunar|jewish|persian|islamic|hindu|sikh|thai|orthodox|tamil)\s+)New\s+Year(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|when|with|to|in|at|on|for|but|as|after|before)\b)|Boxing\s+Day|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Halloween|Valentine's\s+Day|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?(?!\s+(?:Island|Islands|Rising|[Ee]ggs?|[Bb]unny|[Pp]arade)\b)|Good\s+Friday)(?![\w])")]
    public static partial Regex Holiday();

    /// <summary>A length of no stated unit after "for", "in", "after" or "within" (checked by the builder): "a while", "quite some
    /// time"; not "some time zones". Not "for a long time", which TimeBank leaves unmarked.</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:(?:quite\s+)?a\s+(?:long\s+|little\s+|short\s+|good\s+)?while|(?:quite\s+)?some\s+time)(?![\w-])(?!\s+(?i:zones?|frames?|slots?|limits?|ago|later|earlier|before|after)\b)")]
    public static partial Regex UnknownLength();

    /// <summary>"it was a great day for Poland", "called it a historic day in the club's history": the day the story is on (the
    /// builder checks the adjective, the article and the verb before it); only "day" is the expression, as TimeBank marks it.</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:day)(?=\s+(?i:for|in)\s)")]
    public static partial Regex VerdictDay();

    /// <summary>"in the small hours", "the early hours of the morning": the first hours of the day of writing; a day named after
    /// them is <see cref="WeekdayName"/>'s, and "the early hours of the war" or "after the quake" is a stretch of an event.</summary>
    [GeneratedRegex(@"(?<![\w.])(?i:the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?)(?![\w-])(?!\s+(?i:of|on|after|before|following|since)\b)")]
    public static partial Regex SmallHours();
}
