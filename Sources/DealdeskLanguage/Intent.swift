import DealdeskCore
import Foundation

/// What a line asks for, with every name resolved.
public enum Intent: Sendable, Equatable {
  /// A change to the desk: goes through `decide` and the journal.
  case command(Command)
  /// A look at the desk: changes nothing.
  case question(Question)
  /// Something about the desk itself (undo, export, help…).
  case desk(DeskAction)
}

public enum Question: Sendable, Equatable {
  case catalog(category: String?)
  case client(id: String)
  case product(sku: String)
  case offer(id: String)
  case offers(client: String?, openOnly: Bool)
  case clients
  /// Round against round; nil rounds mean the last against the one before.
  case diff(offer: String, from: Int?, to: Int?)
  case orders(client: String?, unpaidOnly: Bool)
  /// The purchase document of an order.
  case invoice(order: String)
  /// "email drini the invoice": the document, shown ready to send (the desk sends nothing
  /// itself until documents exist as files).
  case invoiceToSend(order: String)
  case balance(client: String)
  case whoOwesUs
  case overdue
  /// A client's statement of account.
  case statement(client: String)
  /// What every client owes by days past due.
  case ageing
  /// Declined and lost offers counted by competitor and by reason.
  case lostDeals
  /// What waits for approval: the approval inbox.
  case approvals
  /// The limits of the manager's authority, and every change made to them.
  case limits
  /// The people of a team desk: roles, their own limits and quotas.
  case people
  case reservations(client: String?)
  case stockRequests
  case samples(lowOnly: Bool)
  /// What the branch should ask the central warehouse for.
  case stockProposal
  /// Attainment against quota; nil shows every period that has a quota around now.
  case quota(period: Period?)
  case sales(period: Period, by: SalesGrouping?)
  /// The clients who bought most; `count` as asked ("top 5 clients"), else ten.
  case topClients(period: Period, count: Int? = nil)
  /// Sales of one client, fabric or category, and/or month by month ("how much did Bora buy
  /// this year", "sales of tweed last month", "sales this year by month"): what no grouping
  /// of `sales` answers.
  case salesOf(period: Period, client: String? = nil, sku: String? = nil, category: String? = nil, byMonth: Bool = false)
  case growth(period: Period)
  case forecast
  case handover
  /// The criteria the manager is judged by, for a period.
  case scorecard(period: Period)
  // Day: open follow-ups (overdue first) for a span; a client's follow-ups; notes.
  case agenda(AgendaSpan)
  case followUps(client: String?)
  case notes(client: String?)
  /// "when did I last talk to Bora": the latest note, call or meeting with the client.
  case lastContact(client: String)
  // Claims:
  case complaints(client: String?, openOnly: Bool)
  /// The latest price of each competitor: all products, one, or one category's; all
  /// competitors or one (named as the manager typed it, matched without case or accents).
  case competitors(sku: String?, category: String? = nil, competitor: String? = nil)
  /// This budget period's expenses against the entertainment budget.
  case expenses
  // VAT: the company's details and the VAT rates, as the documents print them.
  case company
  // Contracts: all or one client's, with fulfilment; one contract in full.
  case contracts(client: String?)
  case contract(id: String)
  /// Each person's quota attainment on their own accounts, and the branch's (`team quota`).
  case teamQuota(period: Period?)
  /// Each person's numbers and the branch's: sales, growth, quota, the seed's measures.
  case teamReport(period: Period)
  /// The directors' tasks: for a director, what is open and late across the team; for
  /// anyone else, their own.
  case tasks
  /// Every open follow-up and task of a team desk, whoever's it is.
  case teamAgenda
  /// Trade bonuses: every one, or one client's, with where each stands (Bonus.swift).
  case bonuses(client: String?)
}

public enum DeskAction: Sendable, Equatable {
  case undo, redo, quit
  case help(topic: String?)
  case explain(line: String)
  /// `export json [to FILE[, replace it]]`: `replace`, a file already there may go.
  case exportJSON(path: String?, replace: Bool = false)
  /// `export csv offers [to FILE[, replace it]]`: one list as CSV; `list` as typed, checked by the session.
  case exportCSV(list: String, path: String?, replace: Bool = false)
  /// `import clients from FILE.csv`: `list` as typed, checked by the session.
  case importCSV(list: String, path: String)
  case loadSampleData
  /// `load sample data, merge`: into a desk that already holds the manager's own records or
  /// policy, which `load sample data` alone asks about first.
  case mergeSampleData
  case run(path: String, options: RunOptions = RunOptions())
  /// `record FILE[, replace it]` … `stop recording`: the lines that succeed, saved as a script.
  case startRecording(path: String, replace: Bool = false)
  case stopRecording
  /// `try …` / `what if …`: show what a command would do, changing nothing.
  case whatIf(Command)
  // Day: a call is session state; `end call` logs it as a note.
  case startCall(client: String)
  case endCall(text: String?)
  /// `train [PERSONA] [--seed N]`: a practice negotiation; `persona` as typed, checked by
  /// the session (which lists the personas for an unknown one).
  case train(persona: String?, seed: UInt64?)
  /// `train history`: past practice scores and their trend.
  case trainingHistory
  /// `pdf invoice S-3 [to FILE.pdf[, replace it]]`: a document written as PDF; `reference`
  /// is the record's id (O-7, S-3, INV-3, CN-2, CT-1) or, for a statement, the client's.
  case printDocument(kind: DocumentWanted, reference: String, path: String?, replace: Bool = false)
  /// `documents [CLIENT]`: the register of documents issued (IssuedDocument.swift).
  case listDocuments(client: String?)
}

/// The kinds of document a line can ask for.
public enum DocumentWanted: String, Sendable, Equatable, CaseIterable {
  case offer, proforma, invoice, creditNote, statement, contract
}

/// The result of understanding a line: the intent, the client it is about (which becomes
/// the client in context), and what `explain` shows.
public struct Understood: Sendable, Equatable {
  public var intent: Intent
  public var action: String
  public var client: String?
  public var slots: [Slot]
  /// Words the reading passed over without placing them. A line with any is refused (see
  /// `Parser`), so on a line that is done this is empty, and `explain` says so truly.
  public var ignored: [String]
  /// What the grammar knew of each word's role as it read it, by token index ("filler",
  /// "command", "text"); `Explain.words` names the rest from the words themselves.
  var roles: [Int: String] = [:]

  /// A command given whole, not read from a line (`team add-user` makes one).
  public init(command: Command, action: String) {
    self.init(intent: .command(command), action: action, client: nil, slots: [], ignored: [], roles: [:])
  }

  init(intent: Intent, action: String, client: String?, slots: [Slot], ignored: [String], roles: [Int: String] = [:]) {
    self.intent = intent
    self.action = action
    self.client = client
    self.slots = slots
    self.ignored = ignored
    self.roles = roles
  }

  public struct Slot: Sendable, Equatable {
    public var name: String
    public var value: String
  }
}

/// How `run FILE` replays, from words after the file: `--sandbox` (or `on a copy`),
/// `--empty`, `--atomic` (or `all or nothing`), `--keep-going`.
public struct RunOptions: Sendable, Equatable {
  public var sandbox = false
  public var empty = false
  public var atomic = false
  public var keepGoing = false

  public init(sandbox: Bool = false, empty: Bool = false, atomic: Bool = false, keepGoing: Bool = false) {
    self.sandbox = sandbox
    self.empty = empty
    self.atomic = atomic
    self.keepGoing = keepGoing
  }
}
