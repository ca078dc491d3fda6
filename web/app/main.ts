import './theme.css';
import { restoreContrast } from './contrast';
import { currentLocale } from '../i18n';
import './views';
import './kz-app';

// Before the first render, so the page never flashes in the wrong language or contrast.
document.documentElement.lang = currentLocale();
restoreContrast();

// Service worker and outbox sync, off the critical path of the first render.
void import('../features/audit/offline-app').then((offline) => offline.startOfflineSupport());
