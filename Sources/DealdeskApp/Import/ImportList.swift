import DealdeskCore

/// What one row asks of the desk: a first command that adds the thing, then commands for
/// it once it has its id (a client's terms and credit limit).
struct ImportPlan {
  var first: Command
  var then: [(String) -> Command] = []
  /// What must be unique within the file, as shown ("name Acme Textiles", "SKU LIN-220"),
  /// each with a folded form to compare.
  var uniques: [(shown: String, key: String)] = []
}

/// A list the desk imports from CSV: its columns and how a row becomes commands.
struct ImportList: Sendable {
  let name: String
  let singular: String
  let fields: [ImportField]
  let plan: @Sendable (ImportRow, Desk) throws(ImportProblem) -> ImportPlan

  static let all: [ImportList] = [clients, products]

  static func named(_ text: String) -> ImportList? {
    let key = ImportHeader.key(text)
    return all.first { $0.name == key || $0.singular == key }
  }

  func count(_ n: Int) -> String { "\(n) \(n == 1 ? singular : name)" }

  // MARK: - Clients

  static let clients = ImportList(
    name: "clients", singular: "client",
    fields: [
      ImportField(name: "name", synonyms: ["name", "client", "client name", "company", "company name", "customer", "customer name"], required: true),
      ImportField(name: "city", synonyms: ["city", "town", "location"]),
      ImportField(name: "phone", synonyms: ["phone", "telephone", "tel", "phone number", "mobile"]),
      ImportField(name: "email", synonyms: ["email", "e-mail", "mail", "email address"]),
      ImportField(name: "terms", synonyms: ["terms", "payment terms", "payment", "payment terms days"]),
      ImportField(name: "credit limit", synonyms: ["credit limit", "credit", "limit"]),
      ImportField(name: "aliases", synonyms: ["aliases", "alias", "aka", "also known as", "other names", "nicknames"]),
      // VAT: as `export csv clients` writes them.
      ImportField(name: "tax number", synonyms: ["tax number", "taxnumber", "tax id", "nipt", "nuis", "vat number"]),
      ImportField(name: "billing address", synonyms: ["billing address", "billingaddress", "address"]),
      ImportField(name: "vat", synonyms: ["vat", "vat treatment"]),
    ],
    plan: { row, desk throws(ImportProblem) in
      let name = row.text("name") ?? ""
      var plan = ImportPlan(
        first: .addClient(NewClient(name: name, city: row.text("city"), phone: row.text("phone"), email: row.text("email"))),
        uniques: [("name \(name)", ImportHeader.key(name))])
      if let text = row.text("terms") {
        let terms = try ImportCells.terms(text, "Payment terms")
        plan.then.append { .setClientTerms(client: $0, terms: terms) }
      }
      if let text = row.text("credit limit") {
        let limit = try ImportCells.money(text, "Credit limit", currency: desk.settings.currency)
        plan.then.append { .setCreditLimit(client: $0, limit: limit) }
      }
      if let text = row.text("aliases") {
        for alias in try ImportCells.aliases(text, client: name) { plan.then.append { .addAlias(client: $0, alias: alias) } }
      }
      if let text = row.text("tax number") { plan.then.append { .setClientTax(client: $0, change: .taxNumber(text)) } }
      if let text = row.text("billing address") { plan.then.append { .setClientTax(client: $0, change: .address(text)) } }
      if let text = row.text("vat") {
        guard let vat = VATTreatment(rawValue: text.lowercased()) else {
          throw ImportProblem("VAT \"\(text)\" is neither standard nor export (zero-rated).")
        }
        plan.then.append { .setClientTax(client: $0, change: .vat(vat)) }
      }
      return plan
    })

  // MARK: - Products

  static let products = ImportList(
    name: "products", singular: "product",
    fields: [
      ImportField(name: "name", synonyms: ["name", "product", "product name", "fabric", "article name"], required: true),
      ImportField(name: "sku", synonyms: ["sku", "code", "article", "item code", "product code", "reference", "ref"]),
      ImportField(name: "category", synonyms: ["category", "type", "group"]),
      ImportField(name: "price", synonyms: ["price", "list price", "unit price", "price per m", "price per metre", "price per meter"], required: true),
      ImportField(name: "cost", synonyms: ["cost", "cost price", "unit cost"]),
      ImportField(name: "width", synonyms: ["width", "width cm", "width (cm)"]),
      ImportField(name: "gsm", synonyms: ["gsm", "weight", "g/m2", "grams"]),
      ImportField(name: "composition", synonyms: ["composition", "content", "fibre", "fiber"]),
      ImportField(name: "colour", synonyms: ["colour", "color"]),
      ImportField(name: "finish", synonyms: ["finish"]),
      ImportField(name: "roll length", synonyms: ["roll", "roll length", "roll m"]),
      ImportField(name: "minimum order", synonyms: ["minimum order", "minimum order meters", "min order", "moq", "minimum"]),
      ImportField(name: "minimum cut", synonyms: ["minimum cut", "minimum cut meters", "min cut"]),
    ],
    plan: { row, desk throws(ImportProblem) in
      var new = NewProduct(name: row.text("name") ?? "")
      new.sku = row.text("sku")
      new.category = row.text("category")
      new.composition = row.text("composition")
      new.colour = row.text("colour")
      new.finish = row.text("finish")
      let currency = desk.settings.currency
      if let text = row.text("price") { new.listPrice = try ImportCells.money(text, "Price", currency: currency) }
      if let text = row.text("cost") { new.cost = try ImportCells.money(text, "Cost", currency: currency) }
      if let text = row.text("width") { new.widthCm = try ImportCells.number(text, "Width") }
      if let text = row.text("gsm") { new.gsm = try ImportCells.number(text, "Weight (gsm)") }
      if let text = row.text("roll length") { new.rollLength = try ImportCells.number(text, "Roll length") }
      if let text = row.text("minimum order") { new.minimumOrderMeters = try ImportCells.number(text, "Minimum order") }
      if let text = row.text("minimum cut") { new.minimumCutMeters = try ImportCells.number(text, "Minimum cut") }
      var uniques = [("name \(new.name)", ImportHeader.key(new.name))]
      if let sku = new.sku { uniques.append(("SKU \(sku.uppercased())", "sku:" + sku.uppercased())) }
      return ImportPlan(first: .addProduct(new), uniques: uniques)
    })
}
