import { buildApp } from './liike-app.ts';

buildApp().app.synth();
