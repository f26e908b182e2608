using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// A small world of two trips to China as the store would hold it: articles whose excerpts really point into their
/// text, officials whose titles change, meetings held and planned, issues raised by someone or by no one in particular.
/// Ids are known once <see cref="AddTo"/> has been saved.
/// </summary>
public sealed class TestWorld
{
    public const string MarkupSentence = "Officials said <script>alert('x')</script> & <b>nothing</b> more.";

    public Official Blinken { get; } = Person("Antony Blinken", "United States", ("Deputy Secretary of State", new DateOnly(2015, 1, 9)), ("Secretary of State", new DateOnly(2021, 1, 26)));
    public Official WangYi { get; } = Person("Wang Yi", "China", ("Foreign Minister", new DateOnly(2018, 3, 19)), ("Director of the Foreign Affairs Commission Office", new DateOnly(2024, 6, 1)));
    public Official Xi { get; } = Person("Xi Jinping", "China", ("President", null));
    public Official Yellen { get; } = Person("Janet Yellen", "United States", ("Treasury Secretary", new DateOnly(2021, 1, 26)));
    public Official HeLifeng { get; } = Person("He Lifeng", "China", ("Vice Premier", new DateOnly(2023, 3, 12)));

    public Issue Fentanyl { get; } = new() { Slug = "fentanyl", Name = "Fentanyl", Description = "Synthetic opioids and their precursors." };
    public Issue Trade { get; } = new() { Slug = "trade", Name = "Trade" };
    public Issue Taiwan { get; } = new() { Slug = "taiwan", Name = "Taiwan" };

    public Article Voa { get; }
    public Article Reuters { get; }
    public Article Ap { get; }

    public Visit BlinkenInChina { get; }
    public Visit YellenInChina { get; }
    public Meeting BlinkenWang { get; }
    public Meeting BlinkenXi { get; }
    public Meeting YellenHe { get; }

    public Excerpt WangMeetingVoa { get; }
    public Excerpt WangMeetingReuters { get; }
    public Excerpt FentanylRaised { get; }
    public Excerpt Markup { get; }

    public TestWorld()
    {
        Voa = Story("Blinken in Beijing for talks", "VOA", new DateOnly(2024, 4, 26),
            "BEIJING — U.S. Secretary of State Antony Blinken arrived in Shanghai on Wednesday. ",
            Background(40),
            "Blinken met Chinese Foreign Minister Wang Yi at the Diaoyutai State Guesthouse in Beijing on Friday. ",
            "Blinken pressed Wang on the flow of fentanyl precursors. ",
            "\"We need to make sure that we are talking to each other,\" Blinken said.");
        Reuters = Story("Blinken meets Xi as ties steady", "Reuters", new DateOnly(2024, 4, 27),
            "Secretary of State Antony Blinken held five and a half hours of talks with Wang Yi in Beijing. ",
            "Blinken later met President Xi Jinping at the Great Hall of the People. ",
            "The two sides discussed Taiwan.");
        Ap = Story("Yellen to visit China", "AP", new DateOnly(2023, 7, 5),
            "Treasury Secretary Janet Yellen will travel to Beijing this week. ",
            "She is expected to meet Vice Premier He Lifeng to discuss trade. ",
            "Fentanyl was expected to come up as well. ",
            MarkupSentence);

        var arrival = Cut(Voa, "U.S. Secretary of State Antony Blinken arrived in Shanghai on Wednesday.");
        WangMeetingVoa = Cut(Voa, "Blinken met Chinese Foreign Minister Wang Yi at the Diaoyutai State Guesthouse in Beijing on Friday.");
        FentanylRaised = Cut(Voa, "Blinken pressed Wang on the flow of fentanyl precursors.");
        var quote = Cut(Voa, "\"We need to make sure that we are talking to each other,\" Blinken said.");
        WangMeetingReuters = Cut(Reuters, "Secretary of State Antony Blinken held five and a half hours of talks with Wang Yi in Beijing.");
        var xiMeeting = Cut(Reuters, "Blinken later met President Xi Jinping at the Great Hall of the People.");
        var taiwan = Cut(Reuters, "The two sides discussed Taiwan.");
        var yellenTrip = Cut(Ap, "Treasury Secretary Janet Yellen will travel to Beijing this week.");
        var heMeeting = Cut(Ap, "She is expected to meet Vice Premier He Lifeng to discuss trade.");
        var yellenFentanyl = Cut(Ap, "Fentanyl was expected to come up as well.");
        Markup = Cut(Ap, MarkupSentence);

        BlinkenInChina = new Visit
        {
            Traveler = Blinken, HostCountry = "China", Cities = ["Shanghai", "Beijing"],
            Start = new DateOnly(2024, 4, 24), End = new DateOnly(2024, 4, 26),
        };
        BlinkenInChina.Reports.Add(new VisitReport { Article = Voa, Start = BlinkenInChina.Start, End = BlinkenInChina.End, Cities = ["Shanghai", "Beijing"], Excerpts = [arrival] });
        BlinkenInChina.Reports.Add(new VisitReport { Article = Reuters, Cities = ["Beijing"], Excerpts = [WangMeetingReuters] });
        YellenInChina = new Visit
        {
            Traveler = Yellen, HostCountry = "China", Cities = ["Beijing"],
            Start = new DateOnly(2023, 7, 6), End = new DateOnly(2023, 7, 9),
        };
        YellenInChina.Reports.Add(new VisitReport { Article = Ap, Excerpts = [yellenTrip] });

        var friday = new DateOnly(2024, 4, 26);
        BlinkenWang = Meeting(BlinkenInChina, friday, MeetingStatus.Held, "Beijing", "Diaoyutai State Guesthouse", [Blinken, WangYi], WangMeetingVoa, WangMeetingReuters);
        BlinkenXi = Meeting(BlinkenInChina, friday, MeetingStatus.Held, "Beijing", "Great Hall of the People", [Blinken, Xi], xiMeeting);
        YellenHe = Meeting(YellenInChina, new DateOnly(2023, 7, 8), MeetingStatus.Planned, "Beijing", null, [Yellen, HeLifeng], heMeeting);

        Mention(Fentanyl, FentanylRaised, BlinkenInChina, BlinkenWang, Blinken);
        Mention(Taiwan, taiwan, BlinkenInChina, BlinkenXi, null);
        Mention(Trade, heMeeting, YellenInChina, YellenHe, null);
        Mention(Fentanyl, yellenFentanyl, YellenInChina, null, null);
        Quotes.Add(new Quote { Official = Blinken, Excerpt = quote, Text = quote.Text, Visit = BlinkenInChina });
    }

    public List<IssueMention> Mentions { get; } = [];
    public List<Quote> Quotes { get; } = [];

    public void AddTo(TrackerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Officials.AddRange(Blinken, WangYi, Xi, Yellen, HeLifeng);
        db.Issues.AddRange(Fentanyl, Trade, Taiwan);
        db.Articles.AddRange(Voa, Reuters, Ap);
        db.Visits.AddRange(BlinkenInChina, YellenInChina);
        db.IssueMentions.AddRange(Mentions);
        db.Quotes.AddRange(Quotes);
    }

    private static Official Person(string name, string country, params (string Title, DateOnly? AsOf)[] titles)
    {
        var official = new Official { Name = name, NameKey = name.ToLowerInvariant(), Country = country };
        official.Titles.AddRange(titles.Select(t => new OfficialTitle { Title = t.Title, AsOf = t.AsOf }));
        return official;
    }

    private static Article Story(string title, string publisher, DateOnly published, params string[] sentences)
    {
        var text = string.Concat(sentences);
        return new Article
        {
            Title = title, Publisher = publisher, Published = published, SourcePath = publisher.ToLowerInvariant() + ".txt",
            Text = text, ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        };
    }

    /// <summary>Paragraphs no fact is read from, so that an excerpt can sit below the first screen of its article.</summary>
    private static string Background(int paragraphs) => string.Concat(Enumerable.Range(1, paragraphs)
        .Select(n => $"\n\nBackground paragraph {n} recalls earlier rounds of talks between the two capitals.")) + "\n\n";

    /// <summary>An excerpt of <paramref name="article"/> at the place the sentence really is.</summary>
    private static Excerpt Cut(Article article, string sentence)
    {
        var start = article.Text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{sentence}' is not in '{article.Title}'");
        }

        var excerpt = new Excerpt { Article = article, Start = start, Length = sentence.Length, Text = sentence };
        article.Excerpts.Add(excerpt);
        return excerpt;
    }

    private static Meeting Meeting(Visit visit, DateOnly date, MeetingStatus status, string city, string? venue, Official[] participants, params Excerpt[] evidence)
    {
        var meeting = new Meeting { Visit = visit, Date = date, Status = status, City = city, Venue = venue, Participants = [.. participants] };
        meeting.Reports.AddRange(evidence.Select(e => new MeetingReport { Excerpt = e, Date = date, Status = status, City = city, Venue = venue, Participants = [.. participants] }));
        visit.Meetings.Add(meeting);
        return meeting;
    }

    private void Mention(Issue issue, Excerpt excerpt, Visit visit, Meeting? meeting, Official? raisedBy) =>
        Mentions.Add(new IssueMention { Issue = issue, Excerpt = excerpt, Visit = visit, Meeting = meeting, RaisedBy = raisedBy });
}
