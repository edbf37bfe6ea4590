import { runDesktopApp } from './lifecycle';

runDesktopApp();
