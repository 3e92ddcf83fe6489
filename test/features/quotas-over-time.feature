Feature: Quotas over time and the lots of a building
  A quota belongs to a unit from a date on: the deed, or a unanimous decision of the assembly, changes it,
  and the reference is kept. Whatever is dated D is split with the quotas valid on D, so changing a quota
  today never changes last year's figures. On every date the units' quotas stay within the building's total.
  The 20-lot thresholds (board of co-owners, full accounts) count units other than parkings, garages and cellars.

  Scenario: A quota change and a new unit from 2026-07-01 leave the past untouched
    Given a building "Résidence du Parc" of 1000 quotas and 3 units
    And units A and B of 500 quotas each from 2020-01-01, each wholly owned
    When from 2026-07-01 A holds 400 quotas by decision "AG 2026-06-12, point 7"
    And a new unit C of 100 quotas from 2026-07-01 is created, wholly owned
    Then an expense of 1000.00 EUR dated 2025-05-01 is split:
      | unit | amount |
      | A    | 500.00 |
      | B    | 500.00 |
    And an expense of 1000.00 EUR dated 2026-08-01 is split:
      | unit | amount |
      | A    | 400.00 |
      | B    | 500.00 |
      | C    | 100.00 |
    And the quota history of A is:
      | quota | from       | to         | decision               |
      | 500   | 2020-01-01 | 2026-07-01 |                        |
      | 400   | 2026-07-01 |            | AG 2026-06-12, point 7 |

  Scenario: A unit added mid-year cannot take quotas the others still hold that day
    Given a building "Résidence du Parc" of 1000 quotas and 3 units
    And units A and B of 500 quotas each from 2020-01-01, each wholly owned
    When a new unit C of 100 quotas from 2026-07-01 is created, wholly owned
    Then it is refused with "QUOTA_EXCEEDED" naming 2026-07-01

  Scenario: A unit added mid-year shares the expenses from its first day on
    Given a building "Résidence du Parc" of 1000 quotas and 3 units
    And units A and B of 500 quotas each from 2020-01-01, each wholly owned
    When from 2026-04-01 B holds 300 quotas by decision "Acte du 2026-03-20"
    And a new unit C of 200 quotas from 2026-04-01 is created, wholly owned
    Then an expense of 1000.00 EUR dated 2026-03-31 is split:
      | unit | amount |
      | A    | 500.00 |
      | B    | 500.00 |
    And an expense of 1000.00 EUR dated 2026-04-01 is split:
      | unit | amount |
      | A    | 500.00 |
      | B    | 300.00 |
      | C    | 200.00 |

  Scenario: A new quota cannot start inside an earlier period
    Given a building "Résidence du Parc" of 1000 quotas and 3 units
    And units A and B of 500 quotas each from 2020-01-01, each wholly owned
    When from 2026-07-01 A holds 400 quotas by decision "AG 2026-06-12, point 7"
    And from 2026-03-01 A holds 450 quotas by decision "AG 2026-02-10"
    Then it is refused with "QUOTA_HISTORY_CONFLICT"

  Scenario: 19 apartments and 25 parkings are 19 lots
    Given a building "Les Jardins" of 1000 quotas and 50 units
    And it has 19 apartment, 25 parking
    Then it counts 19 lots
    And a board of co-owners is optional and the accounts may be simplified

  Scenario: Garages and cellars are not lots either
    Given a building "Les Jardins" of 1000 quotas and 50 units
    And it has 18 apartment, 1 commercial, 3 garage, 2 cellar
    Then it counts 19 lots
    And a board of co-owners is optional and the accounts may be simplified

  Scenario: 20 apartments make a board and full accounts mandatory
    Given a building "Les Jardins" of 1000 quotas and 50 units
    And it has 20 apartment
    Then it counts 20 lots
    And a board of co-owners is required and the accounts must be full
