export declare const cameraCodes: Record<string, { bcid: string; text: string }>;
export declare function writeCameraVideos(dir?: string): void;
