import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from '../state/app-store';
import { startApp } from '../state/start-app';
import { browserAddressBar, syncUrl } from '../state/url-sync';
import { LESSON_QUERIES } from '../ui/lessons/lesson-list';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

appStore.getState().setLessonQueries(LESSON_QUERIES);
// The URL is written only after the view it asked for is on screen, so the link is not lost.
void startApp(appStore, window.location.search, document.baseURI).then(() =>
  syncUrl(appStore, browserAddressBar(), 120),
);
