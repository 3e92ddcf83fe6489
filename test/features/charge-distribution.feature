Feature: Charge distribution exact to the cent
  Each expense of the common parts is spread over the units by quota, then inside each unit over the owners
  of the expense date by share. Rounding is to the cent by largest remainder, and the parts always add up to
  the expense: what no unit holds stays with the building, never silently spread.

  Scenario: 1,000.00 EUR over units of 333, 333 and 334 thousandths
    Given a building with a total quota of 1000 and these units:
      | unit | quota |
      | A    | 333   |
      | B    | 333   |
      | C    | 334   |
    When an expense of 1000.00 EUR dated 2026-03-01 is distributed
    Then the units pay:
      | unit | amount |
      | A    | 333.00 |
      | B    | 333.00 |
      | C    | 334.00 |
    And 0.00 EUR stays with the building

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

  Scenario: quotas summing to 900 of 1000 leave 10 % with the building
    Given a building with a total quota of 1000 and these units:
      | unit | quota |
      | A    | 300   |
      | B    | 300   |
      | C    | 300   |
    When an expense of 1000.00 EUR dated 2026-03-01 is distributed
    Then the units pay:
      | unit | amount |
      | A    | 300.00 |
      | B    | 300.00 |
      | C    | 300.00 |
    And 100.00 EUR stays with the building
