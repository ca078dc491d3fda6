import './kz-app';
