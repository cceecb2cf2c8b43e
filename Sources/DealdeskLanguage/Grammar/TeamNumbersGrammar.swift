import DealdeskCore

/// The numbers of a team desk per person and for the branch, for a director: "team quota",
/// "team quota Q1", "team report", "team report last quarter".
enum TeamNumbersGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "team quota", family: ReportGrammar.family,
      verbs: ["team quota", "team quotas", "quota per person", "quotas per person", "team attainment", "branch quota"],
      summary: "On a team desk: each person's sales on their own accounts against their quota, the clients nobody holds, and the branch's. A client's sales count for the manager whose account it is.",
      usage: "team quota [PERIOD]", examples: ["team quota", "team quota Q1", "team quota this month"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .target)
        if let period { c.fill("period", period.label) }
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.teamQuota(period: period))
      }),
    CommandSpec(
      name: "team report", family: ReportGrammar.family,
      verbs: ["team report", "team numbers", "team scorecard", "numbers per person", "branch report", "report per person"],
      summary: "On a team desk: per person and for the branch, sales, quota attainment, growth, promises registered on time, justified claims and follow-ups kept, on each one's own accounts.",
      usage: "team report [PERIOD]", examples: ["team report", "team report last quarter"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .report) ?? Period.quarter(of: c.context.now)
        c.fill("period", period.label)
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.teamReport(period: period))
      }),
  ]
}
