Feature: Credit notes, distribution keys and period statements
  Every charge is borne by the owners, to the cent. A credit note (a refund) is split like an invoice, with
  negative parts. The statutes may charge some costs to some units only, by their own weights: a distribution
  key. A period statement adds up the period's expenses of each account before splitting them, so that the
  spare cents of many small invoices do not always fall on the same unit.

  Background:
    Given a building with a total quota of 1000 and these units, each owned by one owner since 2020-01-01:
      | unit | floor | quota |
      | RDC  | 0     | 200   |
      | 1er  | 1     | 300   |
      | 2e   | 2     | 500   |

  Scenario: a credit note is the exact mirror of the invoice
    When an expense of 100.01 EUR dated 2026-03-01 is distributed
    And an expense of -100.01 EUR dated 2026-03-02 is distributed
    Then the last two distributions are the negation of each other
    And the units get back:
      | unit | amount |
      | 1er  | -30.00 |
      | 2e   | -50.01 |
      | RDC  | -20.00 |

  Scenario: the lift is charged to the upper floors only
    Given the key "Ascenseur" with these weights:
      | unit | weight |
      | 1er  | 1      |
      | 2e   | 2      |
    When an expense of 300.00 EUR dated 2026-03-01 split by the key "Ascenseur" is distributed
    Then the units pay:
      | unit | amount |
      | 1er  | 100.00 |
      | 2e   | 200.00 |

  Scenario: a private charge falls on one unit alone
    Given the key "Privatif 2e" with these weights:
      | unit | weight |
      | 2e   | 1      |
    When an expense of 123.45 EUR dated 2026-03-01 split by the key "Privatif 2e" is distributed
    Then the units pay:
      | unit | amount |
      | 2e   | 123.45 |

  Scenario: the period statement splits the period's sum once
    Given the key "Trois tiers" with these weights:
      | unit | weight |
      | RDC  | 1      |
      | 1er  | 1      |
      | 2e   | 1      |
    When 100 invoices of 1.00 EUR in January 2026 are split by the key "Trois tiers"
    Then each invoice alone gives the unit "1er" 0.34 EUR
    But the statement of January 2026 charges:
      | unit | amount |
      | 1er  | 33.34  |
      | 2e   | 33.33  |
      | RDC  | 33.33  |

  Scenario: a unit not fully owned stops the split
    Given unit "2e" is sold on 2026-07-01 to a buyer recorded for 60 %
    When an expense of 500.00 EUR dated 2026-08-01 is distributed
    Then the split is refused with REGISTRY_INCOMPLETE because "On 2026-08-01 unit 2e is owned 60.0000 %"
    And the expense itself is recorded
