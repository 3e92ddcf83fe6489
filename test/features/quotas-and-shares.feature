Feature: Quotas of a building and shares of a unit
  A building's deed of division gives it a number of units and a total of quotas (tantièmes).
  The units' quotas never add up to more than that total, and the co-owners of a unit never
  hold more than 100 % of it on any day. Sales keep the history: who owned what, on which day.

  Background:
    Given a building "Résidence Les Tilleuls" of 1000 quotas and 4 units
    And its units A1 of 250 quotas, A2 of 250 quotas and A3 of 500 quotas

  Scenario: The quotas are all given out: a 1001st quota is refused
    When the syndic adds a parking P1 of 1 quota
    Then it is refused with "QUOTA_EXCEEDED"
    And the units hold 1000 of the 1000 quotas

  Scenario: The total cannot drop below what the units hold
    When the syndic lowers the building's total to 999 quotas
    Then it is refused with "TOTAL_QUOTA_BELOW_ALLOCATED"

  Scenario: A unit owned 60/40 cannot get a 1 % extra share
    Given Marie owns 60 % of A1 since 2020-01-01
    And Jan owns 40 % of A1 since 2020-01-01
    When the syndic gives Piet 1 % of A1 from 2024-01-01
    Then it is refused with "OWNERSHIP_OVER_100"
    And on 2024-01-01 A1 is owned by:
      | owner | share   |
      | Marie | 60.0000 |
      | Jan   | 40.0000 |

  Scenario: A sale moves the whole share on the day of the deed
    Given Marie owns 60 % of A1 since 2020-01-01
    And Jan owns 40 % of A1 since 2020-01-01
    When Marie sells her share of A1 to Piet on 2024-03-15
    Then on 2024-03-14 A1 is owned by:
      | owner | share   |
      | Marie | 60.0000 |
      | Jan   | 40.0000 |
    And on 2024-03-15 A1 is owned by:
      | owner | share   |
      | Jan   | 40.0000 |
      | Piet  | 60.0000 |

  Scenario: Charges are split on the quotas and the shares of the day
    Given Marie owns 60 % of A1 since 2020-01-01
    And Jan owns 40 % of A1 since 2020-01-01
    And Piet owns 100 % of A3 since 2022-01-01
    Then on 2023-01-01 the building's units for charge distribution are:
      | unit | quota | owners                     |
      | A1   | 250   | Marie 60.0000, Jan 40.0000 |
      | A2   | 250   |                            |
      | A3   | 500   | Piet 100.0000              |
