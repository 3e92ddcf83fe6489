export { BuildingsModule } from './buildings.module';
export { BuildingsService } from './application/buildings.service';
export type { BuildingForDocument } from './application/building.inputs';
export type { BuildingSnapshot } from './domain/building';
export { BookClosingsService } from './application/book-closings.service';
export { lotRegime, LOT_RULES, type LotRegime } from './domain/lots';
export { BookClosingHooks, type BookClosingEvent } from './infrastructure/book-closing-hooks';
