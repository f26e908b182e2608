using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>The meeting phrases of Lexicon/meetings.json, compiled.</summary>
/// <param name="Hosts">a meeting phrase whose subject hosts its object ("received", "hosted")</param>
/// <param name="Guests">a meeting phrase whose subject is the guest ("was received by")</param>
/// <param name="Remote">a phone or video call, which is no meeting in person</param>
/// <param name="Ceremonial">a greeting on arrival, which joins the substantive meeting with the same people</param>
internal sealed record MeetingCues(Regex Held, Regex Planned, Regex Negation, Regex Future, Regex Duration, Regex CancelledAfter,
    Regex Hosts, Regex Guests, Regex Remote, Regex Ceremonial);

/// <summary>The trip phrases of Lexicon/travel.json, compiled.</summary>
/// <param name="CompanionsAfter">names the people after it as the traveller's party ("accompanied by X", "a delegation including X")</param>
/// <param name="CompanionsBefore">names the people before it as the traveller's party ("X joined him")</param>
internal sealed record TravelCues(
    Regex Travel,
    Regex Start,
    Regex End,
    Regex Duration,
    Regex FirstOfDays,
    Regex OtherTrip,
    Regex Credit,
    Regex DayAfterArrival,
    Regex ArrivedOnPublicationDay,
    Regex ReturnHome,
    Regex TripCancelled,
    Regex CompanionsAfter,
    Regex CompanionsBefore);

/// <summary>A title word from Lexicon/titles.json and its rank family.</summary>
/// <param name="IsWeak">says "official" only next to a government word ("Chinese leader", "CIA chief")</param>
internal sealed record TitleHead(string Title, string Kind, bool IsWeak);

/// <summary>A government body from Lexicon/bodies.json; a null country means "the government the article is about".</summary>
internal sealed record GovernmentBody(string Name, string? Country);
