export { DemoModule } from './demo.module';
export { DemoDataService } from './application/demo-data.service';
export { DEMO_PASSWORD } from './application/demo-data';
