using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class BadRequestTests(EmptyFixture fixture) : IClassFixture<EmptyFixture>
{
    [Theory]
    [InlineData("/api/visits?from=notadate", "'from'")]
    [InlineData("/api/visits?to=2024-13-01", "'to'")]
    [InlineData("/api/visits?from=26/04/2024", "'from'")]
    [InlineData("/api/visits?from=2024-05-01&to=2024-04-01", "'from'")]
    [InlineData("/api/visits?page=0", "'page'")]
    [InlineData("/api/visits?page=two", "'page'")]
    [InlineData("/api/visits?pageSize=5000", "'pageSize'")]
    [InlineData("/api/meetings?pageSize=0", "'pageSize'")]
    [InlineData("/api/meetings?status=cancelled", "'status'")]
    [InlineData("/api/meetings?official=abc", "'official'")]
    [InlineData("/api/meetings?official=-1", "'official'")]
    [InlineData("/api/officials?page=-1", "'page'")]
    [InlineData("/api/issues?pageSize=101", "'pageSize'")]
    [InlineData("/api/articles?from=yesterday", "'from'")]
    [InlineData("/api/meetings.csv?from=x", "'from'")]
    [InlineData("/calendar.ics?status=maybe", "'status'")]
    [InlineData("/feed.atom?to=nope", "'to'")]
    [InlineData("/api/visits?issue=no-such-issue", "'no-such-issue'")]
    [InlineData("/api/meetings.csv?issue=no-such-issue", "'no-such-issue'")]
    [InlineData("/api/visits.csv?from=2024-13-01", "'from'")]
    [InlineData("/api/meetings?official=987654", "987654")]
    [InlineData("/api/visits?country=Atlantis", "'Atlantis'")]
    [InlineData("/calendar.ics?country=Atlantis", "'Atlantis'")]
    public async Task BadParametersAreProblemsThatNameTheParameter(string url, string parameter)
    {
        var detail = (await fixture.App.GetAsync(url)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Contains(parameter, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/visits")]
    [InlineData("PUT", "/api/visits/1")]
    [InlineData("DELETE", "/api/meetings/1")]
    [InlineData("PATCH", "/api/officials/1")]
    [InlineData("POST", "/api/issues")]
    public async Task NothingUnderApiChangesData(string method, string url)
    {
        var response = await fixture.App.SendAsync(new HttpMethod(method), url);

        Assert.Contains(response.Status, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        Assert.Equal("GET", response.ContentHeaders.Allow.Single());
    }
}
