import DealdeskCore

/// The command table, family by family. Each family's grammar lives in Grammar/.
public enum Grammar {
  public static let commands: [CommandSpec] =
    ClientGrammar.specs + CatalogGrammar.specs + OfferGrammar.specs + NegotiationGrammar.specs
    + ApprovalGrammar.specs + ApprovalRequestGrammar.specs + PersonGrammar.specs + AccountGrammar.specs + CoverGrammar.specs + TeamNumbersGrammar.specs + OrderGrammar.specs + PaymentGrammar.specs + LedgerGrammar.specs + StockGrammar.specs + SampleGrammar.specs + TradeVerbGrammar.specs + ReportGrammar.specs
    + ComplaintGrammar.specs + CompetitorGrammar.specs + ExpenseGrammar.specs
    + SettingsGrammar.specs + TaxGrammar.specs + DeskGrammar.specs + RecordingGrammar.specs + TrainingGrammar.specs
    + DayGrammar.specs  // Day:
    + DocumentGrammar.specs + ContractGrammar.specs
    + BonusGrammar.specs  // Trade bonuses:
    + QuestionGrammar.specs + AskedQuestions.specs

  public static let families: [String] = {
    var seen: [String] = []
    for spec in commands where !seen.contains(spec.family) { seen.append(spec.family) }
    return seen
  }()

  /// Words that open a command; a near-miss of one of these is suggested for an unknown line.
  public static let verbWords: [String] = {
    var words: [String] = []
    for spec in commands {
      for verb in spec.verbs where !words.contains(verb) { words.append(verb) }
    }
    return words
  }()

  /// Words that keep a special meaning inside a line, so a prefix or typo never turns them into a name.
  static let reserved: Set<String> = [
    "net", "valid", "until", "till", "days", "day", "weeks", "lot", "sku", "price", "cost", "category", "lead",
    "delivery", "prepayment", "prepaid", "cod", "off", "percent", "pct", "all", "everything", "fabric",
    "fabrics", "offer", "counter", "accept", "decline", "withdraw", "they", "city", "phone", "email",
  ]

  public static func spec(named name: String) -> CommandSpec? {
    let folded = Fold.fold(name)
    return commands.first { $0.name == folded || $0.verbs.contains(folded) }
  }
}
