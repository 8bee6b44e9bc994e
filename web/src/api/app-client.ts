/** The app's single API client: the session lives in it, so there must be exactly one. */
import { ApiClient } from './client';

export const apiClient = new ApiClient();
