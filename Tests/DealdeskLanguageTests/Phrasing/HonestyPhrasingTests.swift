import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Part 1 of issue 16, "never silently wrong", as managers type: every word of a line that is
/// done is read, or the line is refused naming what was not; an unknown name is never the
/// client in context; an id that is no record's never picks "the only open one"; a word
/// never turns into money. Read on the trade desk (drini, vlora, tweed, satin).
@Suite struct HonestyPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora
  static let desk = TradeDesk.desk
  static let friday = at(2026, 12, 4), tomorrow = at(2026, 12, 1)
  static let leaveOut = "Type it without those words; `help` lists what each command takes."

  static func notAClient(_ name: String, near: String = "") -> Expected {
    fails("\(name) is not a client: add client \(name) …\(near)",
          "A line without a client's name is about the client in context; free text goes after a colon (follow up friday: call \(name)).")
  }

  static func followUp(_ client: String, _ due: Date, _ text: String, hasTime: Bool = false) -> Expected {
    .intent(.command(.followUp(NewFollowUp(client: client, due: due, dueHasTime: hasTime, text: text))))
  }

  static func resolve(_ verdict: ComplaintVerdict?, _ resolution: ComplaintResolution, id: String = "C-1") -> Expected {
    .intent(.command(.resolveComplaint(complaint: id, verdict: verdict, resolution: resolution)))
  }

  static func pay(_ client: String?, _ order: String?, _ amount: Decimal) -> Expected {
    .intent(.command(.pay(client: client, order: order, amount: amount, onAccount: false)))
  }

  static func nothingIs(_ id: String) -> Expected {
    fails("Nothing on the desk is \(id).", "Ids are like O-3 (offer), S-7 (order), C-2 (complaint), F-4 (follow-up).")
  }

  static func note(_ client: String, _ kind: NoteKind, _ text: String) -> Expected {
    .intent(.command(.addNote(NewNote(client: client, kind: kind, text: text))))
  }

  static func ship(_ order: String) -> Expected { .intent(.command(.ship(order: order))) }

  // MARK: - A name the desk does not know is never the client in context

  static let unknownNames: [Row] = [
    Row("remind me to call Dardania friday", client: vlora, on: desk, notAClient("Dardania")),
    Row("remind me to call dardania friday", client: vlora, on: desk, notAClient("Dardania")),
    Row("remind me call Dardania fri", client: drini, on: desk, notAClient("Dardania")),
    Row("remind me to call Dardania friday", on: desk, notAClient("Dardania")),
    Row("follow up Dardania friday", client: vlora, on: desk, notAClient("Dardania")),
    Row("follow up with Dardania Tekstil on friday", client: vlora, on: desk, notAClient("Dardania Tekstil")),
    Row("call Dardania tomorrow", client: vlora, on: desk, notAClient("Dardania")),
    Row("call dardania tomorrow 10:00", client: vlora, on: desk, notAClient("Dardania")),
    Row("ring Dardania friday", client: vlora, on: desk, notAClient("Dardania")),
    Row("email Dardania friday", client: vlora, on: desk, .anyError),
    Row("note Dardania wants swatches", client: vlora, on: desk, notAClient("Dardania")),
    Row("note Dardania: wants swatches", client: vlora, on: desk, .anyError),
    Row("complaint Dardania: shade differs", client: vlora, on: desk, notAClient("Dardania")),
    Row("complaint Dardania shade differs from the swatch", client: vlora, on: desk, notAClient("Dardania")),
    Row("offer Dardania 10% on satin", client: vlora, on: desk, .anyError),
    Row("Dardania accepts", client: vlora, on: desk, .anyError),
    // Lower case, where only a name would stand: closed by a comma or a date, after "with" or a contact verb.
    Row("called acme, no answer", client: vlora, on: desk, notAClient("Acme")),
    Row("called celik 3/12 about the offer", client: vlora, on: desk, notAClient("Celik")),
    Row("met celik at the fair, interested in stretch denim", client: vlora, on: desk, notAClient("Celik")),
    Row("meeting with bora wed 11:00 at their office tirana", client: vlora, on: desk, notAClient("Bora", near: ", or did you mean Vlora Home?")),
    Row("follow up celik next tue re payment", client: vlora, on: desk, notAClient("Celik")),
    Row("remind me chase bora money wed", client: vlora, on: desk, notAClient("Bora", near: ", or did you mean Vlora Home?")),
    Row("log complaint celik, width is 145 not 150", client: vlora, on: desk, notAClient("Celik")),
    Row("complaint dardania, shade differs", client: vlora, on: desk, notAClient("Dardania")),
    Row("visited dardania today", client: vlora, on: desk, .anyError),
    Row("note: dardania wants swatches too", client: vlora, on: desk, note(vlora, .note, "dardania wants swatches too")),
    Row("note wants swatches", client: vlora, on: desk, note(vlora, .note, "wants swatches")),
    Row("note they want the catalog in french", client: vlora, on: desk, note(vlora, .note, "they want the catalog in french")),
    Row("called them, no answer", client: vlora, on: desk, note(vlora, .call, "no answer")),
    Row("called vlora, no answer", client: drini, on: desk, note(vlora, .call, "no answer")),
    Row("follow up payment friday", client: vlora, on: desk, followUp(vlora, friday, "payment")),
    Row("follow up friday check the stock", client: vlora, on: desk, followUp(vlora, friday, "check the stock")),
    // What follows a colon is free text: the name there is words of the follow-up, not its client.
    Row("follow up friday: call Dardania", client: vlora, on: desk, followUp(vlora, friday, "call Dardania")),
    Row("remind me friday: ask vlora about Dardania", client: drini, on: desk, followUp(drini, friday, "ask vlora about Dardania")),
    // Names the desk knows, and words that are no one's name, still read as before.
    Row("remind me to call vlora friday", client: drini, on: desk, followUp(vlora, friday, "call vlora")),
    Row("call them friday", client: vlora, on: desk, followUp(vlora, friday, "call Vlora Home")),
    Row("follow up friday", client: vlora, on: desk, followUp(vlora, friday, "follow up")),
    Row("follow up vlora friday", client: drini, on: desk, followUp(vlora, friday, "follow up")),
    Row("call drini tomorrow", client: vlora, on: desk, followUp(drini, tomorrow, "call drini")),
  ]

  // MARK: - An id that is no record's is refused, never "the only open one"

  static let unknownIds: [Row] = [
    Row("resolve K-1: replaced 20m, justified", client: vlora, on: desk,
        fails("There is no complaint K-1.", "Open: C-1. `complaints` lists them all.")),
    Row("resolve K-1: replaced 20m, justified", on: desk, fails("There is no complaint K-1.", "Open: C-1. `complaints` lists them all.")),
    Row("resolve X-9 justified", on: desk, fails("There is no complaint X-9.", "Open: C-1. `complaints` lists them all.")),
    Row("close complaint K-1: credit 50", on: desk, fails("There is no complaint K-1.", "Open: C-1. `complaints` lists them all.")),
    Row("resolve C-9: replaced 20m", on: desk, fails("There is no complaint C-9.", "`complaints` lists them.")),
    Row("resolve complaint 9 justified", on: desk, fails("There is no complaint C-9.", "`complaints` lists them.")),
    // The verdict after a comma or dash is read, not kept in the text.
    Row("resolve C-1: replaced 20m, justified", on: desk,
        resolve(.justified, ComplaintResolution(replacementMeters: 20, text: "replaced 20m"))),
    Row("resolve C-1: replaced 20m - justified", on: desk,
        resolve(.justified, ComplaintResolution(replacementMeters: 20, text: "replaced 20m"))),
    Row("resolve c-1: credit 50, not justified", on: desk,
        resolve(.unjustified, ComplaintResolution(credit: 50, text: "credit 50"))),
    Row("resolve C-1: within tolerance, unjustified", on: desk,
        resolve(.unjustified, ComplaintResolution(text: "within tolerance"))),
    Row("resolve C-1: replaced 20m, justified, credit 50", on: desk,
        resolve(.justified, ComplaintResolution(credit: 50, replacementMeters: 20, text: "replaced 20m, credit 50"))),
    Row("resolve C-1: is justified, replaced 20m", on: desk,
        resolve(.justified, ComplaintResolution(replacementMeters: 20, text: "replaced 20m"))),
    Row("resolve C-1 justified: replaced 20m, not justified", on: desk,
        fails("C-1 is both justified and unjustified in that line.", "Give one verdict, e.g. resolve C-1 justified: credit 120.00")),
    Row("resolve C-1: replaced 20m as agreed", on: desk,
        resolve(nil, ComplaintResolution(replacementMeters: 20, text: "replaced 20m as agreed"))),
    Row("ship K-1", client: vlora, on: desk, fails("There is no order K-1.", "`orders` lists them.")),
    Row("ship S-9", client: vlora, on: desk, fails("There is no order S-9.", "`orders` lists them.")),
    Row("S-9 shipped", on: desk, fails("There is no order S-9.", "`orders` lists them.")),
    Row("deliver X-3", client: vlora, on: desk, fails("There is no order X-3.", "`orders` lists them.")),
    Row("cancel K-7", client: vlora, on: desk, fails("There is no order K-7.", "`orders` lists them.")),
    Row("accept O-9", client: drini, on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("O-9 accepted", on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("F-9 done", on: desk, fails("There is no follow-up F-9.", "`agenda` lists them.")),
    Row("C-9 justified", on: desk, fails("There is no complaint C-9.", "`complaints` lists them.")),
    Row("complaint vlora K-9 wrong shade", on: desk, nothingIs("K-9")),
    Row("complaint vlora S-9 wrong shade", on: desk, fails("There is no order S-9.", "`orders for Vlora Home` lists theirs.")),
    Row("accept K-9", client: drini, on: desk, nothingIs("K-9")),
    Row("accept K-9", on: desk, nothingIs("K-9")),
    Row("decline K-9 too expensive", client: drini, on: desk, nothingIs("K-9")),
    Row("counter K-9 12%", client: drini, on: desk, nothingIs("K-9")),
    Row("lost K-9 to Tekstil Plus", client: drini, on: desk, nothingIs("K-9")),
    Row("approve K-2", client: drini, on: desk, nothingIs("K-2")),
    Row("order K-9", client: drini, on: desk, nothingIs("K-9")),
    Row("drini paid 500 for K-9", on: desk, nothingIs("K-9")),
    Row("invoice K-9", on: desk, fails("There is no order K-9.", "`orders` lists them.")),
    Row("return 20m duchess satin from K-9", on: desk, nothingIs("K-9")),
    Row("note K-9: call back", client: drini, on: desk, nothingIs("K-9")),
    Row("withdraw O-9", on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("extend O-9 by 7 days", on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("done F-9", on: desk, fails("There is no follow-up F-9.", "`agenda` lists them.")),
    Row("snooze F-9 to friday", on: desk, fails("There is no follow-up F-9.", "`agenda` lists them.")),
  ]

  // MARK: - A word never turns into money

  static let sendingWords: [Row] = [
    Row("S-1 sent", on: desk, ship("S-1")),
    Row("s-1 sent", on: desk, ship("S-1")),
    Row("mark S-1 as sent", on: desk, ship("S-1")),
    Row("mark S-1 sent", on: desk, ship("S-1")),
    Row("S-1 was sent", on: desk, ship("S-1")),
    Row("S-1 sent out", on: desk, ship("S-1")),
    Row("S-1 dispatched", on: desk, ship("S-1")),
    Row("S-1 was dispatched", on: desk, ship("S-1")),
    Row("S-1 went out", on: desk, ship("S-1")),
    Row("S-1 has gone out", on: desk, ship("S-1")),
    Row("order 1 sent", on: desk, ship("S-1")),
    Row("S-1 shipped", on: desk, ship("S-1")),
    // The day the desk records the move anyway: read (another day is left unread, refused).
    Row("S-3 dispatched today", on: desk, ship("S-3")),
    Row("S-1 wired", on: desk, fails("S-1 wired? An order is shipped or paid, not wired.", "Say S-1 shipped, or S-1 paid.")),
    Row("S-1 transferred", on: desk, fails("S-1 transferred? An order is shipped or paid, not transferred.", "Say S-1 shipped, or S-1 paid.")),
    Row("drini sent S-1", on: desk,
        fails("Sent what? Only an amount makes it a payment.", "e.g. Acme sent 500 for S-7; an order that went out: S-7 shipped")),
    Row("they sent the goods", client: drini, on: desk,
        fails("Sent what? Only an amount makes it a payment.", "e.g. Acme sent 500 for S-7; an order that went out: S-7 shipped")),
    Row("vlora wired it", on: desk,
        fails("Wired what? Only an amount makes it a payment.", "e.g. Acme wired 500 for S-7; an order that went out: S-7 shipped")),
    // With an amount, a sending word is a payment of that amount.
    Row("drini sent 500", on: desk, pay(drini, nil, 500)),
    Row("drini sent 500 for S-1", on: desk, pay(drini, "S-1", 500)),
    Row("vlora wired 1,200", on: desk, pay(vlora, nil, 1_200)),
    Row("vlora transferred 2k for S-3", on: desk, pay(vlora, "S-3", 2_000)),
    Row("they sent 300", client: vlora, on: desk, pay(vlora, nil, 300)),
    Row("S-1 left the warehouse", on: desk, ship("S-1")),
    Row("mark S-1 as dispatched", on: desk, ship("S-1")),
    Row("S-3 sent to vlora", on: desk, .anyError),
    Row("S-1 settled", on: desk, .anyError),
    Row("S-1 cleared", on: desk, .anyError),
    Row("S-1 invoiced", on: desk, .anyError),
    Row("S-1 out", on: desk, .anyError),
    Row("vlora settled S-3", on: desk, .anyError),
    Row("drini sent the payment", on: desk,
        fails("Sent what? Only an amount makes it a payment.", "e.g. Acme sent 500 for S-7; an order that went out: S-7 shipped")),
    Row("drini transferred the money for S-1", on: desk,
        fails("Transferred what? Only an amount makes it a payment.", "e.g. Acme transferred 500 for S-7; an order that went out: S-7 shipped")),
    Row("drini wired 1.5k for S-1", on: desk, pay(drini, "S-1", 1_500)),
    Row("vlora has sent 300", on: desk, pay(vlora, nil, 300)),
    Row("they wired 800 on account", client: vlora, on: desk, .intent(.command(.pay(client: vlora, order: nil, amount: 800, onAccount: true)))),
    Row("vlora sent €750", on: desk, pay(vlora, nil, 750)),
    // Paid still means paid: the order's outstanding amount.
    Row("mark S-1 as paid", on: desk, pay(nil, "S-1", 2_304)),
    Row("S-1 paid in full", on: desk, pay(nil, "S-1", 2_304)),
    Row("drini paid S-1", on: desk, pay(drini, "S-1", 2_304)),
    Row("S-1 paid", on: desk, pay(nil, "S-1", 2_304)),
    Row("drini paid 500 for S-1", on: desk, pay(drini, "S-1", 500)),
  ]

  // MARK: - Words the desk cannot place are named, never dropped

  static let leftOver: [Row] = [
    // A condition is a term (the line's quantity) where it can be one; on a category it cannot.
    Row("offer drini 10% on satin if they take 500m", on: desk,
        fails("I read `offer drini 10% on satin` but not `if they take 500m`: a quantity needs one product, not a whole category.",
              "Name the fabric, e.g. 15% on linen 220 if they take 500m")),
    Row("offer drini 10% on satin when they pay early", on: desk,
        fails("I read `offer drini 10% on satin` but not `when they pay early`.", leaveOut)),
    Row("lost deals this month", on: desk, fails("I read `lost deals` but not `this month`.", leaveOut)),
    Row("lost deals", on: desk, ask(.lostDeals)),
    Row("why did we lose", on: desk, ask(.lostDeals)),
    Row("call drini back", on: desk, fails("I read `call drini` but not `back`.", leaveOut)),
    Row("S-1 shipped yesterday evening by truck", on: desk, .anyError),
    Row("ship S-1 by truck", on: desk, .anyError),
    Row("offer vlora 8% on harris tweed and free delivery", on: desk, readNot("offer vlora 8% on harris tweed and", "free delivery")),
    Row("offer vlora 8% on satin with free delivery", on: desk, readNot("offer vlora 8% on satin with", "free delivery")),
    Row("offer drini 10% on satin unless they want more", on: desk, readNot("offer drini 10% on satin", "unless they want more")),
    Row("offer drini 10% on satin for the spring collection", on: desk,
        readNot("offer drini 10% on satin for the", "spring collection")),
    Row("quote vlora 200m harris tweed at 22 because they are loyal", on: desk,
        readNot("quote vlora 200m harris tweed at 22", "because they are loyal")),
    // O-1 is on one product (Duchess Satin): the condition is that line's quantity.
    Row("counter 8% if they take 500m", client: drini, on: desk,
        .intent(.command(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 8, meters: 500))))),
    Row("ship S-1 tomorrow morning", on: desk, readNot("ship S-1", "tomorrow morning")),
    Row("ship S-1 asap please", on: desk, readNot("ship S-1", "asap please")),
    Row("cancel S-1 they changed their mind", on: desk, readNot("cancel S-1", "they changed their mind")),
    Row("deliver S-1 to their warehouse", on: desk, readNot("deliver S-1 to their", "warehouse")),
    Row("S-1 delivered yesterday", on: desk, readNot("S-1 delivered", "yesterday")),
    Row("S-1 paid yesterday", on: desk, readNot("S-1 paid", "yesterday")),
    Row("drini paid 500 yesterday by bank", on: desk, readNot("drini paid 500", "yesterday by bank")),
    Row("drini paid 500 cash", on: desk, readNot("drini paid 500", "cash")),
    Row("accept O-1 without conditions", on: desk, readNot("accept O-1", "without conditions")),
    Row("balance drini this year", on: desk, readNot("balance drini", "this year")),
    Row("orders for drini last month", on: desk, readNot("orders for drini", "last month")),
    Row("offers for drini expiring", on: desk, ask(.offers(client: drini, openOnly: true))),
    Row("complaints for vlora this week", on: desk, readNot("complaints for vlora", "this week")),
    Row("lost deals to tekstil plus", on: desk, readNot("lost deals to", "tekstil plus")),
    Row("lost deals last quarter", on: desk, readNot("lost deals", "last quarter")),
    Row("my expenses this month", on: desk, ask(.expenses)),
    Row("expenses so far this month", on: desk, ask(.expenses)),
    Row("my expenses this quarter", on: desk,
        fails("Expenses are shown for the budget's period, a month.", "Type expenses for this month's.")),
    Row("expenses last month", on: desk, readNot("expenses", "last month")),
    // Words that are read stay read: filler and a question's own words are roles, not leftovers.
    Row("ship S-1 please", on: desk, ship("S-1")),
    Row("please ship S-1", on: desk, ship("S-1")),
    Row("ship the S-1", on: desk, ship("S-1")),
    Row("S-1 shipped ok", on: desk, ship("S-1")),
    Row("ok S-1 shipped", on: desk, ship("S-1")),
    Row("S-1 has been dispatched", on: desk, ship("S-1")),
    Row("S-1 is out", on: desk, ship("S-1")),
    Row("why did we lose deals", on: desk, ask(.lostDeals)),
    Row("lost deals so far", on: desk, ask(.lostDeals)),
    Row("any lost deals", on: desk, .anyError),
    Row("drini paid 500 for S-1 please", on: desk, pay(drini, "S-1", 500)),
  ]

  static func readNot(_ read: String, _ rest: String) -> Expected { fails("I read `\(read)` but not `\(rest)`.", leaveOut) }

  @Test(arguments: unknownNames) func unknownNamesAreRefused(row: Row) { row.check() }
  @Test(arguments: unknownIds) func unknownIdsAreRefused(row: Row) { row.check() }
  @Test(arguments: sendingWords) func sendingWordsNeverMoveMoneyByThemselves(row: Row) { row.check() }
  @Test(arguments: leftOver) func leftOverWordsAreNamed(row: Row) { row.check() }

  /// `explain` names each word's role; filler is a role, so nothing of a line it would do is
  /// "ignored" (before, "offer … on linen until …" said "ignored: on" and was done anyway).
  @Test(arguments: [
    ("offer drini 10% on satin until 23 dec",
     "`offer`=command, `drini`=client, `10%`=percent, `on`=filler, `satin`=category, `until`=word, `23 dec`=date"),
    ("S-1 sent", "`S-1`=id, `sent`=command"),
    ("add client Dardania Tekstil in durres, phone +355 68 111 2233",
     "`add`=command, `client`=command, `Dardania Tekstil`=new name, `in`=word, `durres`=city, `phone`=word, `+355 68 111 2233`=phone"),
    ("note drini: new buyer is Elira", "`note`=command, `drini`=client, `new buyer is Elira`=text"),
    ("lost O-1 to Lanificio Bari: price", "`lost`=command, `O-1`=id, `to`=filler, `Lanificio Bari`=competitor, `price`=text"),
    ("please ship S-1", "`please`=filler, `ship`=command, `S-1`=id"),
    ("vlora sent 500 for S-3", "`vlora`=client, `sent`=command, `500`=amount, `for`=filler, `S-3`=id"),
    ("resolve C-1: replaced 20m, justified", "`resolve`=command, `C-1`=id, `replaced 20m`=text, `justified`=word"),
    ("follow up friday: call Dardania", "`follow`=command, `up`=command, `friday`=date, `call Dardania`=text"),
    ("quote drini 200m harris tweed net 30 please", "`quote`=command, `drini`=client, `200m`=quantity, `harris tweed`=product, `net 30`=payment terms, `please`=filler"),
  ])
  func explainListsEveryWordsRole(line: String, words: String) throws {
    let context = TradeDesk.context(client: Self.vlora)
    let understood = try Parser.parse(line, context: context)
    #expect(understood.ignored.isEmpty)
    #expect(Explain.words(understood, line: line, context: context) == words)
    #expect(Explain.render(understood, line: line, context: context).contains("  words: \(words)\n  ignored: nothing"))
  }

  /// A mistyped command word with one clear reading: the whole corrected line is offered
  /// (and carried, for a terminal to run on a key); with no clear reading, the commands near it.
  @Test(arguments: [
    ("counterr 9%", drini, "Did you mean: counter 9%?", "counter 9%"),
    ("countr 13%", drini, "Did you mean: counter 13%?", "counter 13%"),
    ("ofer drini 10% on satin", nil, "Did you mean: offer drini 10% on satin?", "offer drini 10% on satin"),
    ("shp S-1", nil, "Did you mean: ship S-1?", "ship S-1"),
    ("delivr S-3", nil, "Did you mean: deliver S-3?", "deliver S-3"),
    ("cancle S-1", nil, "Did you mean: cancel S-1?", "cancel S-1"),
    ("balanse drini", nil, "Did you mean: balance drini?", "balance drini"),
    ("pls shp S-1", nil, "Did you mean: pls ship S-1?", "pls ship S-1"),
  ] as [(String, String?, String, String)])
  func aTypoWithOneClearReadingIsOfferedWhole(line: String, client: String?, suggestion: String, corrected: String) {
    let context = TradeDesk.context(client: client)
    #expect(throws: ParseError.self) { try Parser.parse(line, context: context) }
    do {
      _ = try Parser.parse(line, context: context)
    } catch {
      #expect(error.suggestion == suggestion)
      #expect(error.correction == corrected)
    }
  }

  /// No correction when the corrected line would not be understood either, or two commands are as near.
  @Test(arguments: ["countr 8%", "acept", "ofer Dardania 10%", "xyzzy 12"])
  func noCorrectionWithoutAClearReading(line: String) {
    do {
      _ = try Parser.parse(line, context: TradeDesk.context())
      Issue.record("\(line) was understood")
    } catch {
      #expect(error.correction == nil, "\(line): \(error.correction ?? "")")
    }
  }
}
