Feature: Charge distribution exact to the cent
  Each expense of the common parts is spread over the units by quota, then inside each unit over the owners
  of the expense date by share. Rounding is to the cent by largest remainder, and the parts always add up to
  the expense. The association has no money of its own: while the registry leaves part of a charge to nobody,
  the split is refused.

  Scenario: 1,000.00 EUR over units of 333, 333 and 334 thousandths
    Given a building with a total quota of 1000 and these units:
      | unit | quota |
      | A    | 333   |
      | B    | 333   |
      | C    | 334   |
    And each unit is owned by one owner since 2020-01-01
    When an expense of 1000.00 EUR dated 2026-03-01 is distributed
    Then the units pay:
      | unit | amount |
      | A    | 333.00 |
      | B    | 333.00 |
      | C    | 334.00 |

  Scenario: a unit owned 60/40
    Given a building with a total quota of 1000 and these units:
      | unit | quota |
      | A    | 1000  |
    And unit A is owned since 2020-01-01 by:
      | owner | share |
      | Alice | 60    |
      | Bob   | 40    |
    When an expense of 333.34 EUR dated 2026-03-01 is distributed
    Then the owners of unit A pay:
      | owner | amount |
      | Alice | 200.00 |
      | Bob   | 133.34 |

  Scenario: quotas summing to 900 of 1000 are refused, nothing is left with the building
    Given a building with a total quota of 1000 and these units:
      | unit | quota |
      | A    | 300   |
      | B    | 300   |
      | C    | 300   |
    And each unit is owned by one owner since 2020-01-01
    When an expense of 1000.00 EUR dated 2026-03-01 is distributed
    Then the split is refused because "On 2026-03-01 the units' quotas add up to 900 of 1000"
